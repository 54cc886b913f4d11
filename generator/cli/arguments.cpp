// Parsing the command line into Arguments; every mistake becomes a usage error (exit 2).
#include "cli/arguments.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "diagnostics/diagnostics.h"

namespace publish {

namespace {

bool parse_int(const std::string& text, int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}

}  // namespace

const char* usage_text() {
    return "Usage: publish <command> [options]\n"
           "\n"
           "Commands:\n"
           "  build             Build the website and PDFs into output/\n"
           "  check             Run every check of a build; write nothing\n"
           "  new KIND \"Title\"  Start a new document (a draft) with its front matter and headings;\n"
           "                    KIND is briefing, bulletin, page or report-section\n"
           "  serve             Preview on 127.0.0.1, rebuilt on every save\n"
           "\n"
           "Options for every command:\n"
           "  --site DIR        the site folder (default: the current folder)\n"
           "  --quiet, -q       print only errors and warnings\n"
           "  --help, -h        show this help\n"
           "  --version         show the version\n"
           "\n"
           "build and check:\n"
           "  --out DIR         where build writes the site (default: <site>/output)\n"
           "  --drafts          include drafts and embargoed documents (for previews only)\n"
           "  --no-pdf          skip the PDFs\n"
           "  --jobs N, -j N    threads to use (default: one per core)\n"
           "  --verbose         print how long each step took\n"
           "  --strict          check: fail if a checklist requirement is not covered\n"
           "\n"
           "new:\n"
           "  --review ID       new bulletin: the review it reports on (\"none\" for none); without\n"
           "                    it, publish asks on a terminal and otherwise lists the reviews\n"
           "  --report DIR      new report-section: the report's folder (default: the newest\n"
           "                    under content/annual-reports/)\n"
           "\n"
           "serve:\n"
           "  --port N          the port (default: 1313)\n"
           "  --measure-edit FILE  build, append a sentence to FILE in memory, time the incremental\n"
           "                    rebuild, print it and exit (for benchmarks; writes nothing)\n"
           "\n"
           "Environment:\n"
           "  NO_COLOR          (any value) no colour; colour is only used on a terminal\n"
           "  CI                (any value) no progress display\n"
           "  SOURCE_DATE_EPOCH the build date, in seconds since 1970, for reproducible builds\n"
           "\n"
           "Exit status: 0 success, 1 the content has errors (or new would overwrite a file),\n"
           "2 bad usage.\n";
}

const std::vector<std::string>& option_names() {
    static const std::vector<std::string> names{"--site",    "--out",     "--drafts", "--no-pdf", "--jobs",
                                                "--port",    "--measure-edit", "--review",  "--report", "--quiet",  "--verbose",
                                                "--strict",  "--help",    "--version"};
    return names;
}

Arguments parse_arguments(const std::vector<std::string>& args) {
    Arguments a;
    static const std::vector<std::string> commands{"build", "check", "new", "serve"};
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) {
                a.error = "option " + arg + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        auto number = [&](int& out) {
            std::string text;
            if (!value(text)) return;
            if (!parse_int(text, out) || out < 0) a.error = "option " + arg + " needs a whole number, not \"" + text + "\"";
        };
        if (arg == "--help" || arg == "-h") a.command = "help";
        else if (arg == "--version") a.command = "version";
        else if (arg == "--site") value(a.site);
        else if (arg == "--out") value(a.out);
        else if (arg == "--review") value(a.review);
        else if (arg == "--report") value(a.report);
        else if (arg == "--drafts") a.drafts = true;
        else if (arg == "--no-pdf") a.pdf = false;
        else if (arg == "--quiet" || arg == "-q") a.quiet = true;
        else if (arg == "--verbose") a.verbose = true;
        else if (arg == "--strict") a.strict = true;
        else if (arg == "--jobs" || arg == "-j") number(a.jobs);
        else if (arg == "--port") {
            number(a.port);
            if (a.error.empty() && (a.port < 1 || a.port > 65535)) a.error = "option --port needs a port number from 1 to 65535";
        } else if (arg == "--measure-edit") value(a.measure_edit);
        else if (arg.size() > 1 && arg[0] == '-') {
            a.error = "unknown option \"" + arg + "\"";
            std::string hint = did_you_mean(arg, option_names());
            if (!hint.empty()) a.error += " (" + hint + ")";
        } else positional.push_back(arg);
        if (!a.error.empty()) return a;
    }
    if (a.command == "help" || a.command == "version") return a;
    if (positional.empty()) {
        a.error = "no command given";
        return a;
    }
    a.command = positional[0];
    if (std::find(commands.begin(), commands.end(), a.command) == commands.end()) {
        a.error = "unknown command \"" + a.command + "\"";
        std::string hint = did_you_mean(a.command, commands);
        if (!hint.empty()) a.error += " (" + hint + ")";
        return a;
    }
    if (a.command == "new") {
        if (positional.size() != 3) {
            a.error = "usage: publish new briefing|bulletin|page|report-section \"Title\"";
            return a;
        }
        a.new_kind = positional[1];
        a.new_title = positional[2];
        static const std::vector<std::string> kinds{"briefing", "bulletin", "page", "report-section"};
        if (std::find(kinds.begin(), kinds.end(), a.new_kind) == kinds.end()) {
            a.error = "unknown kind \"" + a.new_kind + "\": choose briefing, bulletin, page or report-section";
            return a;
        }
        bool named = std::any_of(a.new_title.begin(), a.new_title.end(),
                                 [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
        if (!named) a.error = "the title needs at least one letter or digit";
        else if (!a.review.empty() && a.new_kind != "bulletin") a.error = "--review is only for publish new bulletin";
        else if (!a.report.empty() && a.new_kind != "report-section") a.error = "--report is only for publish new report-section";
    } else if (positional.size() > 1) {
        a.error = "unexpected argument \"" + positional[1] + "\"";
    } else if (!a.review.empty() || !a.report.empty()) {
        a.error = std::string(a.review.empty() ? "--report" : "--review") + " is only for publish new";
    }
    return a;
}

}  // namespace publish
