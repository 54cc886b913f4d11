// Terminal output: colour and progress only where a person is watching.
#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace publish {

bool use_colour() { return std::getenv("NO_COLOR") == nullptr && isatty(STDERR_FILENO); }

bool use_progress(bool quiet) { return !quiet && std::getenv("CI") == nullptr && isatty(STDERR_FILENO); }

std::string summary_line(bool built, int pages, int pdfs, size_t files, int warnings, double seconds) {
    auto count = [](long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
    char time[32];
    std::snprintf(time, sizeof time, "%.1f s", seconds);
    return std::string(built ? "Built " : "Checked ") + count(pages, "page", "pages") + ", " + count(pdfs, "PDF", "PDFs") +
           ", " + count(static_cast<long>(files), "file", "files") + " in " + time + " (" +
           count(warnings, "warning", "warnings") + ")";
}

void ProgressLine::show(const std::string& what, int done, int total) {
    std::string text = what + " " + std::to_string(done) + "/" + std::to_string(total);
    std::string padding(width_ > text.size() ? width_ - text.size() : 0, ' ');
    std::fprintf(out_, "\r%s%s", text.c_str(), padding.c_str());
    std::fflush(out_);
    width_ = text.size();
}

void ProgressLine::clear() {
    if (width_ == 0) return;
    std::fprintf(out_, "\r%s\r", std::string(width_, ' ').c_str());
    std::fflush(out_);
    width_ = 0;
}

namespace {
constexpr int max_printed = 200;
}  // namespace

void print_diagnostics(Diagnostics& diagnostics) {
    diagnostics.sort();
    bool colour = use_colour();
    int printed = 0;
    for (const auto& d : diagnostics.all()) {
        if (printed++ == max_printed) {
            std::cerr << "… and " << diagnostics.all().size() - max_printed << " more\n";
            break;
        }
        std::string line = format_diagnostic(d);
        if (colour) {
            const char* word = d.severity == Severity::error ? "error:" : "warning:";
            const char* code = d.severity == Severity::error ? "\033[1;31m" : "\033[1;33m";
            size_t at = line.find(word);
            if (at != std::string::npos) line.replace(at, std::string(word).size(), std::string(code) + word + "\033[0m");
        }
        std::cerr << line << '\n';
    }
}

}  // namespace publish
