// clean_stale_output: tidy the staging and old folders a killed build left beside output/.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "io/output_paths.h"
#include "io/publish_output.h"

namespace publish {
namespace {

namespace fs = std::filesystem;

/// The pid after `prefix` if `name` is `prefix` followed only by digits.
bool parse_pid_suffix(const std::string& name, const std::string& prefix, long& pid) {
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return false;
    if (name.size() - prefix.size() > 9) return false;
    pid = 0;
    for (size_t i = prefix.size(); i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9') return false;
        pid = pid * 10 + (name[i] - '0');
    }
    return true;
}

/// True if another process with this id is running (so its folders may be in use).
bool other_process_running(long pid) {
    if (pid == ::getpid()) return false;  // ours are from a dead process that had our id
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

/// A leftover folder and when it last changed.
struct Leftover {
    fs::path path;
    fs::file_time_type changed;
};

}  // namespace

bool clean_stale_output(const fs::path& out_dir, Diagnostics& diagnostics) {
    const fs::path out = clean_out_dir(out_dir);
    const std::string name = out.filename().string();
    if (name.empty() || name == "." || name == "..") return true;
    const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();

    // Find `<name>.staging-<pid>` and `<name>.old-<pid>` of processes that are gone.
    std::vector<Leftover> staging, old;
    std::error_code ec;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string entry = it->path().filename().string();
        long pid = 0;
        std::error_code time_ec;
        if (parse_pid_suffix(entry, name + ".staging-", pid) && !other_process_running(pid))
            staging.push_back({it->path(), {}});
        else if (parse_pid_suffix(entry, name + ".old-", pid) && !other_process_running(pid))
            old.push_back({it->path(), it->last_write_time(time_ec)});
    }
    if (ec && ec != std::errc::no_such_file_or_directory) {
        diagnostics.error(SourceLocation{"output"}, "cannot read \"" + parent.string() + "\": " + ec.message());
        return false;
    }

    // Killed between the two renames: the newest old folder is the last good output.
    bool ok = true;
    if (!old.empty() && fs::symlink_status(out, ec).type() == fs::file_type::not_found) {
        auto newest = std::max_element(old.begin(), old.end(), [](const Leftover& a, const Leftover& b) {
            return a.changed != b.changed ? a.changed < b.changed : a.path < b.path;
        });
        fs::rename(newest->path, out, ec);
        if (ec) {
            diagnostics.error(SourceLocation{"output"}, "cannot restore \"" + out.string() + "\" from \"" +
                                                            newest->path.string() + "\": " + ec.message());
            ok = false;
        } else {
            diagnostics.add({Severity::note, SourceLocation{"output"},
                             "restored \"" + out.string() + "\" left by an interrupted build", ""});
        }
        old.erase(newest);
    }

    for (const std::vector<Leftover>* list : {&staging, &old}) {
        for (const Leftover& leftover : *list) {
            fs::remove_all(leftover.path, ec);
            if (ec)
                diagnostics.warning(SourceLocation{"output"}, "cannot remove \"" + leftover.path.string() +
                                                                  "\" left by an interrupted build: " + ec.message());
        }
    }
    return ok;
}

}  // namespace publish
