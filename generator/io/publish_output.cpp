// publish_output: write every file into a staging folder, then swap it in with two renames.
#include "io/publish_output.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2 (glibc 2.28+)
#include <linux/fs.h>  // RENAME_EXCHANGE
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <functional>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <utility>

#include "io/output_paths.h"

namespace publish {
namespace {

namespace fs = std::filesystem;

void cannot_write(Diagnostics& diagnostics, const fs::path& path, const std::string& reason) {
    diagnostics.error(SourceLocation{"output"}, "cannot write \"" + path.string() + "\": " + reason);
}

/// Every path must be relative, inside output/ and given once; otherwise a step has a bug.
bool check_paths(const std::vector<OutputFile>& files, Diagnostics& diagnostics) {
    bool ok = true;
    std::set<std::string_view> seen;
    for (const OutputFile& file : files) {
        if (!is_safe_output_path(file.path)) {
            diagnostics.error(SourceLocation{"output"}, "internal error: output path \"" + file.path +
                                                            "\" is not a relative path inside the output folder");
            ok = false;
        } else if (!seen.insert(file.path).second) {
            diagnostics.error(SourceLocation{"output"},
                              "internal error: output path \"" + file.path + "\" is written twice");
            ok = false;
        }
    }
    return ok;
}

/// Writes one file with a single open, write and close.
int write_file(const std::string& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    size_t done = 0;
    int err = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = errno;
            break;
        }
        done += static_cast<size_t>(n);
    }
    if (::close(fd) != 0 && err == 0) err = errno;
    return err;
}

/// Runs `work(i)` for i in [0, count) on `threads` threads; each returns 0 or an errno. Returns
/// the first failing index (in index order) and its errno, or {count, 0}.
std::pair<size_t, int> run_parallel(size_t count, int threads, const std::function<int(size_t)>& work) {
    std::atomic<size_t> next{0};
    std::atomic<size_t> first_failure{count};
    std::vector<int> errors(count, 0);
    auto worker = [&] {
        for (size_t i = next++; i < count && i < first_failure.load(); i = next++) {
            if (int err = work(i)) {
                errors[i] = err;
                size_t seen = first_failure.load();
                while (i < seen && !first_failure.compare_exchange_weak(seen, i)) {}
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(threads, 1) && static_cast<size_t>(t) < count; ++t) pool.emplace_back(worker);
    worker();
    for (auto& thread : pool) thread.join();
    size_t failed = first_failure.load();
    return {failed, failed < count ? errors[failed] : 0};
}

/// Writes every file under `staging`, making each folder once, on `threads` threads (the file
/// system's work for tens of thousands of folders and files is most of a large build's writing).
/// Folders are made a level at a time, so every parent exists before its children. Stops at
/// the first failure.
bool write_files(const fs::path& staging, const fs::path& out, const std::vector<OutputFile>& files, int threads,
                 Diagnostics& diagnostics) {
    const std::string base = staging.string() + "/";
    std::unordered_set<std::string_view> seen;
    std::vector<std::vector<std::string_view>> levels;  // folders by depth
    for (const OutputFile& file : files) {
        size_t depth = 0;
        for (size_t slash = file.path.find('/'); slash != std::string::npos; slash = file.path.find('/', slash + 1), ++depth) {
            std::string_view dir(file.path.data(), slash);
            if (!seen.insert(dir).second) continue;
            if (levels.size() <= depth) levels.resize(depth + 1);
            levels[depth].push_back(dir);
        }
    }
    for (const auto& level : levels) {
        // EEXIST means a file of that name: the open below then fails with a clear reason.
        auto [failed, err] = run_parallel(level.size(), threads, [&](size_t i) {
            return ::mkdir((base + std::string(level[i])).c_str(), 0777) != 0 && errno != EEXIST ? errno : 0;
        });
        if (failed < level.size()) {
            cannot_write(diagnostics, out / std::string(level[failed]), errno_message(err));
            return false;
        }
    }
    auto [failed, err] = run_parallel(files.size(), threads, [&](size_t i) {
        return write_file(base + files[i].path, files[i].bytes);
    });
    if (failed < files.size()) {
        cannot_write(diagnostics, out / files[failed].path, errno_message(err));
        return false;
    }
    return true;
}

/// Makes a fresh, empty staging folder (and the output's parent folder if needed).
bool make_staging(const fs::path& staging, Diagnostics& diagnostics) {
    std::error_code ec;
    if (const fs::path parent = staging.parent_path(); !parent.empty()) {
        fs::create_directories(parent, ec);
        if (ec) {
            cannot_write(diagnostics, parent, ec.message());
            return false;
        }
    }
    // A folder of our own name is left from an earlier process with the same id.
    if (fs::symlink_status(staging, ec).type() == fs::file_type::directory) fs::remove_all(staging, ec);
    if (::mkdir(staging.c_str(), 0777) != 0) {
        cannot_write(diagnostics, staging, errno_message(errno));
        return false;
    }
    return true;
}

/// Puts `staging` in the place of `out`; on failure `out` is as it was.
bool swap_in(const fs::path& staging, const fs::path& out, Diagnostics& diagnostics) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(out, ec);
    if (status.type() == fs::file_type::not_found) {
        fs::rename(staging, out, ec);
        if (ec) cannot_write(diagnostics, out, ec.message());
        return !ec;
    }
    if (status.type() == fs::file_type::symlink) {
        cannot_write(diagnostics, out, "it is a symbolic link; give the folder it points to instead");
        return false;
    }
    if (status.type() != fs::file_type::directory) {
        cannot_write(diagnostics, out, "it exists and is not a folder");
        return false;
    }
    // One atomic exchange where the file system can: `out` is never missing, not even for a moment.
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(staging, ec);  // now the previous output
        if (ec)
            diagnostics.warning(SourceLocation{"output"},
                                "cannot remove the previous output \"" + staging.string() + "\": " + ec.message());
        return true;
    }
    // Otherwise two renames; a kill between them is repaired by clean_stale_output.
    const fs::path old = old_dir_for(out);
    fs::remove_all(old, ec);
    fs::rename(out, old, ec);
    if (ec) {
        cannot_write(diagnostics, out, ec.message());
        return false;
    }
    fs::rename(staging, out, ec);
    if (ec) {
        cannot_write(diagnostics, out, ec.message());
        std::error_code restore;
        fs::rename(old, out, restore);
        return false;
    }
    fs::remove_all(old, ec);
    if (ec)
        diagnostics.warning(SourceLocation{"output"},
                            "cannot remove the previous output \"" + old.string() + "\": " + ec.message());
    return true;
}

}  // namespace

fs::path staging_dir_for(const fs::path& out_dir) {
    return sibling_of(out_dir, ".staging-" + std::to_string(::getpid()));
}

fs::path old_dir_for(const fs::path& out_dir) {
    return sibling_of(out_dir, ".old-" + std::to_string(::getpid()));
}

bool publish_output(const fs::path& out_dir, const std::vector<OutputFile>& files, Diagnostics& diagnostics, int threads) {
    const fs::path out = clean_out_dir(out_dir);
    const std::string name = out.filename().string();
    if (name.empty() || name == "." || name == "..") {
        cannot_write(diagnostics, out_dir, "the output folder needs a name of its own");
        return false;
    }
    if (!check_paths(files, diagnostics)) return false;

    const fs::path staging = staging_dir_for(out);
    if (!make_staging(staging, diagnostics)) return false;
    if (write_files(staging, out, files, threads, diagnostics) && swap_in(staging, out, diagnostics)) return true;
    std::error_code ec;
    fs::remove_all(staging, ec);
    return false;
}

}  // namespace publish
