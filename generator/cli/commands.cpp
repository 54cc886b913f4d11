// build and check: read the site, run the pipeline, print diagnostics and a summary, publish atomically.
#include "cli/commands.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/arguments.h"
#include "cli/exit_codes.h"
#include "cli/new_command.h"
#include "cli/serve_command.h"
#include "cli/terminal.h"
#include "io/clock.h"
#include "io/publish_output.h"
#include "io/site_reader.h"
#include "pipeline/build.h"
#include "shortcodes/checklist.h"

namespace publish {

namespace {

namespace fs = std::filesystem;

int thread_count(const Arguments& a) {
    if (a.jobs > 0) return a.jobs;
    unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 2 : static_cast<int>(cores);
}

/// Reads the site and runs the pipeline; prints diagnostics. Returns 0 or 1.
int build_command(const Arguments& a, bool write) {
    auto started = std::chrono::steady_clock::now();
    Diagnostics diagnostics;
    FileMap files;
    if (!read_site(a.site, files, diagnostics)) {
        print_diagnostics(diagnostics);
        return exit_content;
    }
    add_builtin_theme(files);
    BuildTime now = build_time_from_env(diagnostics);
    fs::path out = a.out.empty() ? fs::path(a.site) / "output" : fs::path(a.out);
    if (write) clean_stale_output(out, diagnostics);
    Site site;
    site.build_date = now.date;
    site.build_timestamp = now.timestamp;
    site.drafts = a.drafts;
    site.files = &files;
    BuildOptions options;
    options.pdf = a.pdf;
    options.jobs = thread_count(a);
    ProgressLine progress(stderr);
    if (use_progress(a.quiet)) options.on_pdf_progress = [&](int done, int total) { progress.show("PDFs", done, total); };
    BuildResult result;
    if (!diagnostics.has_errors()) result = build_site(files, site, options, diagnostics);
    progress.clear();
    if (!diagnostics.has_errors() && write) publish_output(out, result.files, diagnostics, options.jobs);
    print_diagnostics(diagnostics);
    if (diagnostics.has_errors()) {
        std::cerr << "publish: " << diagnostics.error_count() << (diagnostics.error_count() == 1 ? " error" : " errors")
                  << "; " << (write ? "output/ was left as it was" : "nothing was written") << '\n';
        return exit_content;
    }
    if (a.verbose)
        for (const auto& step : result.times) std::fprintf(stderr, "  %-10s %8.1f ms\n", step.step.c_str(), step.milliseconds);
    if (!write) {  // check: which statutory requirements each report covers
        ChecklistReport checklists = checklist_report(site);
        if (!a.quiet || (a.strict && checklists.missing > 0))
            for (const auto& line : checklists.lines) std::printf("%s\n", line.c_str());
        if (a.strict && checklists.missing > 0) {
            std::cerr << "publish: " << checklists.missing << " checklist requirement"
                      << (checklists.missing == 1 ? " is" : "s are") << " not covered (--strict)\n";
            return exit_content;
        }
    }
    if (!a.quiet) {
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("%s\n", summary_line(write, result.pages, result.pdfs, result.files.size(),
                                         diagnostics.warning_count(), seconds).c_str());
    }
    return exit_ok;
}

}  // namespace

int run(const std::vector<std::string>& args) {
    Arguments a = parse_arguments(args);
    if (!a.error.empty()) {
        std::cerr << "publish: " << a.error << "\n\n" << usage_text();
        return exit_usage;
    }
    if (a.command == "help") {
        std::cout << usage_text();
        return exit_ok;
    }
    if (a.command == "version") {
        std::cout << "publish " << PUBLISH_VERSION << '\n';
        return exit_ok;
    }
    if (a.command == "build") return build_command(a, true);
    if (a.command == "check") return build_command(a, false);
    if (a.command == "new") return new_command(a);
    if (a.command == "serve") return serve_command(a, thread_count(a));
    std::cerr << "publish: unknown command \"" << a.command << "\"\n";
    return exit_usage;
}

}  // namespace publish
