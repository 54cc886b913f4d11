// Watching the site's folders for saves (inotify): the serve command's eyes.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace publish {

/// Watches content/, data/ and themes/ of a site, recursively, including folders created later.
/// Editors that save by writing a new file and renaming it over the old one are seen as a change
/// of that file (IN_MOVED_TO), like a plain write (IN_CLOSE_WRITE).
class Watcher {
public:
    Watcher() = default;
    ~Watcher();
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    /// Starts watching `folders` under `root` (missing ones are skipped). False if inotify fails.
    bool start(const std::filesystem::path& root, const std::vector<std::string>& folders);

    /// The descriptor to poll for readability.
    int fd() const { return fd_; }

    /// Reads the pending events; returns the site-relative paths they name ("content/a.md"),
    /// editor junk left out. New folders are watched from now on. If the kernel's queue
    /// overflowed, a folder ("content") is named, so the caller reads everything again.
    std::vector<std::string> read_changes();

    /// Waits up to `timeout_ms` for a change, then keeps reading until the folders have been
    /// quiet for `quiet_ms` (an editor's save is often several events), at most `limit_ms`.
    /// Returns the changed paths, or nothing on time-out or when `interrupt_fd` becomes readable.
    std::vector<std::string> wait(int timeout_ms, int quiet_ms, int limit_ms, int interrupt_fd);

private:
    void add_tree(const std::filesystem::path& folder);
    int fd_ = -1;
    std::filesystem::path root_;
    std::map<int, std::string> folders_;  ///< watch descriptor → site-relative folder
};

}  // namespace publish
