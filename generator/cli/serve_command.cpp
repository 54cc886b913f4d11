// publish serve: the watcher, the incremental engine and the preview server tied together.
#include "cli/serve_command.h"

#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "io/clock.h"
#include "io/site_reader.h"
#include "pipeline/incremental.h"
#include "serve/preview_server.h"
#include "serve/watcher.h"

namespace publish {

namespace {

namespace fs = std::filesystem;

constexpr int quiet_ms = 10;    // a save is over when the folders have been quiet this long (a later
                                 // event of the same save only means one more, equal, rebuild)
constexpr int limit_ms = 500;   // … or after this long, whatever an editor still does

std::vector<Diagnostic> errors_of(const Diagnostics& diagnostics) {
    std::vector<Diagnostic> errors;
    for (const auto& d : diagnostics.all())
        if (d.severity == Severity::error) errors.push_back(d);
    return errors;
}

bool read_files(const Arguments& a, FileMap& files, Diagnostics& diagnostics) {
    if (!read_site(a.site, files, diagnostics)) return false;
    add_builtin_theme(files);
    return true;
}

/// The site file a command-line path names ("content/x.md", relative to the site or the current folder).
std::string site_relative(const Arguments& a, const FileMap& files, const std::string& path) {
    if (files.count(path)) return path;
    std::error_code ec;
    std::string relative = fs::relative(fs::absolute(path, ec), fs::absolute(a.site, ec), ec).generic_string();
    return files.count(relative) ? relative : std::string();
}

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// --measure-edit FILE: one full build, then five edits of FILE in memory, each rebuilt
/// incrementally through the engine serve uses (IncrementalBuild::apply); prints the times.
/// Nothing is written, so there is nothing to restore.
int measure_edit(const Arguments& a, IncrementalBuild& engine) {
    Diagnostics diagnostics;
    FileMap files;
    if (!read_files(a, files, diagnostics)) {
        print_diagnostics(diagnostics);
        return exit_content;
    }
    std::string path = site_relative(a, files, a.measure_edit);
    if (path.empty() || path.compare(0, 8, "content/") != 0) {
        std::cerr << "publish: --measure-edit needs a content file of the site, not \"" << a.measure_edit << "\"\n";
        return exit_usage;
    }
    std::string text = files[path];
    UpdateResult first = engine.update(std::move(files), diagnostics);
    print_diagnostics(diagnostics);
    if (!first.ok) return exit_content;
    std::printf("full build: %.0f ms, %zu outputs\n", first.milliseconds, engine.outputs().size());
    std::vector<double> times;
    for (int k = 1; k <= 5; ++k) {
        text += "\nA sentence added to time an incremental rebuild, number " + std::to_string(k) + ".\n";
        Diagnostics edit;
        auto start = std::chrono::steady_clock::now();
        UpdateResult result = engine.apply({{path, text}}, edit);
        double ms = since(start);
        print_diagnostics(edit);
        if (!result.ok) return exit_content;
        std::printf("incremental rebuild after editing %s: %.1f ms, %zu outputs redone%s\n", path.c_str(), ms,
                    result.rendered.size(), result.full ? " (full build)" : "");
        if (a.verbose)
            for (const auto& step : result.times) std::printf("  %-10s %8.1f ms\n", step.step.c_str(), step.milliseconds);
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("median incremental rebuild: %.1f ms\n", times[times.size() / 2]);
    return exit_ok;
}

/// What the watcher reported, read again: each changed file's bytes, or nullopt if it is gone.
/// False if a folder came or went, or a file is not a plain one: then the whole site is read.
bool read_changes(const Arguments& a, const IncrementalBuild& engine, const std::vector<std::string>& paths,
                  std::map<std::string, std::optional<std::string>>& changes) {
    for (const auto& path : paths) {
        std::string name = fs::path(path).filename().string();
        if (name.empty() || name[0] == '.') continue;  // hidden files are never part of the site
        fs::path file = fs::path(a.site) / path;
        std::error_code ec;
        auto status = fs::symlink_status(file, ec);
        if (ec || status.type() == fs::file_type::not_found) {
            // A folder, or a theme file that may hide a built-in one: read everything again.
            if (!engine.files().count(path) || path.compare(0, 7, "themes/") == 0) return false;
            changes[path] = std::nullopt;
            continue;
        }
        // Not a plain file (a symbolic link), or too large: read_site applies its rules and errors.
        if (status.type() != fs::file_type::regular || fs::file_size(file, ec) > max_site_file_size) return false;
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in) return false;
        changes[path] = bytes.str();
    }
    return true;
}

/// Updates the engine with what changed (or the whole site read again); serves the result or
/// shows its errors.
void rebuild(const Arguments& a, IncrementalBuild& engine, PreviewServer& server, const std::vector<std::string>& paths,
             const std::string& cause) {
    auto start = std::chrono::steady_clock::now();
    Diagnostics diagnostics;
    UpdateResult result;
    std::map<std::string, std::optional<std::string>> changes;
    if (!paths.empty() && read_changes(a, engine, paths, changes)) {
        result = engine.apply(changes, diagnostics);
    } else {
        FileMap files;
        if (read_files(a, files, diagnostics)) result = engine.update(std::move(files), diagnostics);
    }
    print_diagnostics(diagnostics);
    if (!result.ok) {
        server.show_errors(errors_of(diagnostics));
        std::cerr << "publish: " << diagnostics.error_count() << (diagnostics.error_count() == 1 ? " error" : " errors")
                  << (engine.outputs().empty() ? "; nothing to serve until it builds: fix and save\n"
                                               : "; still serving the last good version\n");
        return;
    }
    if (result.rendered.empty() && result.removed.empty() && !result.full) return;  // saved unchanged
    server.publish(std::make_shared<const OutputMap>(engine.outputs()), engine.site().config.base_path);
    if (!a.quiet)
        std::printf("%s%s: %zu files in %.0f ms%s%s%s\n", paths.empty() ? "Built" : "Rebuilt after ", cause.c_str(),
                    result.rendered.size(), since(start), result.full ? " (full build: " : "",
                    result.full ? result.full_reason.c_str() : "", result.full ? ")" : "");
    std::fflush(stdout);
}

}  // namespace

int serve_command(const Arguments& a, int jobs) {
    Diagnostics clock;
    BuildTime now = build_time_from_env(clock);
    print_diagnostics(clock);
    Site settings;
    settings.build_date = now.date;
    settings.build_timestamp = now.timestamp;
    settings.drafts = true;  // a preview shows drafts, with their banner
    BuildOptions options;
    options.pdf = a.pdf;
    options.jobs = jobs;
    IncrementalBuild engine(settings, options);
    if (!a.measure_edit.empty()) return measure_edit(a, engine);

    // Ctrl-C and SIGTERM arrive on a descriptor, so the loop can stop cleanly between builds.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts: they inherit it
    int signal_fd = signalfd(-1, &signals, SFD_CLOEXEC);

    PreviewServer server;
    std::string problem = server.bind(a.port);
    if (!problem.empty()) {
        std::cerr << "publish: " << problem << '\n';
        return exit_usage;
    }
    Watcher watcher;
    if (!watcher.start(a.site, {"content", "data", "themes"})) {
        std::cerr << "publish: cannot watch the site's folders for changes (inotify)\n";
        return exit_content;
    }
    server.start();
    rebuild(a, engine, server, {}, "");
    std::printf("Serving %s at http://127.0.0.1:%d%s with drafts; rebuilt on every save. Ctrl-C stops.\n",
                engine.site().config.name.empty() ? "the site" : engine.site().config.name.c_str(), a.port,
                engine.site().config.base_path.empty() ? "/" : engine.site().config.base_path.c_str());
    std::fflush(stdout);
    for (;;) {
        std::vector<std::string> changes = watcher.wait(-1, quiet_ms, limit_ms, signal_fd);
        pollfd stop{signal_fd, POLLIN, 0};
        if (poll(&stop, 1, 0) > 0) break;
        if (changes.empty()) continue;
        std::string cause = changes.size() == 1 ? changes.front() : changes.front() + " and " +
                                                                        std::to_string(changes.size() - 1) + " more";
        rebuild(a, engine, server, changes, cause);
    }
    server.stop();
    close(signal_fd);
    std::printf("Stopped.\n");
    return exit_ok;
}

}  // namespace publish
