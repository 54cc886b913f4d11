// inotify, recursive: one watch per folder, new folders added as they appear.
#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>

#include "io/site_reader.h"

namespace publish {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t watch_mask = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                IN_ATTRIB | IN_DELETE_SELF | IN_ONLYDIR;

long long now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

Watcher::~Watcher() {
    if (fd_ >= 0) close(fd_);
}

bool Watcher::start(const fs::path& root, const std::vector<std::string>& folders) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) return false;
    root_ = root;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (fs::is_directory(root / folder, ec)) add_tree(root / folder);
    }
    return true;
}

void Watcher::add_tree(const fs::path& folder) {
    std::error_code ec;
    std::string relative = fs::relative(folder, root_, ec).generic_string();
    if (ec) return;
    int wd = inotify_add_watch(fd_, folder.c_str(), watch_mask);
    if (wd < 0) return;
    folders_[wd] = relative;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') continue;  // .git and other hidden folders
        if (it->is_directory(ec) && !it->is_symlink(ec)) add_tree(it->path());
    }
}

std::vector<std::string> Watcher::read_changes() {
    std::vector<std::string> changes;
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        ssize_t length = read(fd_, buffer, sizeof buffer);
        if (length <= 0) break;
        for (ssize_t at = 0; at < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {  // events were lost: name a folder, so everything is read again
                changes.push_back("content");
                continue;
            }
            auto folder = folders_.find(event->wd);
            if (folder == folders_.end()) continue;
            if (event->mask & IN_IGNORED) {
                folders_.erase(folder);
                continue;
            }
            std::string name = event->len ? std::string(event->name) : std::string();
            if (!name.empty() && is_editor_junk(name)) continue;
            std::string path = name.empty() ? folder->second : folder->second + "/" + name;
            if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) add_tree(root_ / path);
            changes.push_back(path);
        }
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    return changes;
}

std::vector<std::string> Watcher::wait(int timeout_ms, int quiet_ms, int limit_ms, int interrupt_fd) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
    int count = interrupt_fd >= 0 ? 2 : 1;
    if (poll(fds, count, timeout_ms) <= 0 || (count == 2 && fds[1].revents)) return {};
    std::vector<std::string> changes = read_changes();
    long long deadline = now_ms() + limit_ms;
    for (;;) {  // debounce: an editor's save is a burst of events
        int left = static_cast<int>(std::min<long long>(quiet_ms, deadline - now_ms()));
        if (left <= 0) break;
        fds[0].revents = fds[1].revents = 0;
        if (poll(fds, count, left) <= 0) break;
        if (count == 2 && fds[1].revents) return {};
        for (auto& path : read_changes()) changes.push_back(std::move(path));
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    return changes;
}

}  // namespace publish
