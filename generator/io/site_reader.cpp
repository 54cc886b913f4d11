// read_site: every file of content/, data/ and themes/ into memory, refusing links that escape.
#include "io/site_reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace publish {
namespace {

namespace fs = std::filesystem;


/// "20.0": a byte count in MB (2^20 bytes) with one decimal, rounded half up.
std::string megabytes(std::uintmax_t bytes) {
    std::uintmax_t tenths = (bytes * 10 + (1u << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string errno_message(int err) { return std::error_code(err, std::generic_category()).message(); }

/// True if `path` is `dir` or inside it (both canonical, '/'-separated).
bool is_within(const std::string& path, const std::string& dir) {
    if (path.size() < dir.size() || path.compare(0, dir.size(), dir) != 0) return false;
    return path.size() == dir.size() || dir.back() == '/' || path[dir.size()] == '/';
}

/// One walk over the site: where it is, what it has read, what went wrong.
/// Folders are read with readdir and files opened relative to their folder, so a plain file
/// costs one open, one read and one close.
class Walker {
public:
    Walker(std::string root_canonical, FileMap& out, Diagnostics& diagnostics)
        : root_(std::move(root_canonical)), out_(out), diagnostics_(diagnostics), buffer_(first_read) {}

    /// Reads the top-level folder `name` (content, data, themes) if it exists.
    void read_top(const std::string& name);

private:
    static constexpr size_t first_read = 64 * 1024;

    void walk(int dir_fd, const std::string& rel, const std::string& canonical);
    void follow_link(const std::string& link, const std::string& rel, bool hidden);
    void read_file(int dir_fd, const char* name, const std::string& rel);
    void read_large_file(int fd, const std::string& rel);
    void error(const std::string& rel, std::string message, std::string hint = {}) {
        diagnostics_.error(SourceLocation{rel}, std::move(message), std::move(hint));
    }

    std::string root_;
    FileMap& out_;
    Diagnostics& diagnostics_;
    std::vector<char> buffer_;            ///< first read of every file; most fit in it
    std::vector<std::string> open_dirs_;  ///< canonical paths of the folders being walked, outermost first
};

/// Opens a folder without following a symlink in its last part; -1 on error (errno set).
int open_dir_at(int dir_fd, const char* name) {
    return ::openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

void Walker::read_top(const std::string& name) {
    const std::string path = root_ + "/" + name;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return;  // a missing folder is someone else's concern
    if (S_ISLNK(st.st_mode)) {
        follow_link(path, name, false);
    } else if (S_ISDIR(st.st_mode)) {
        int fd = open_dir_at(AT_FDCWD, path.c_str());
        if (fd < 0) error(name, "cannot read folder: " + errno_message(errno));
        else walk(fd, name, path);
    }
}

void Walker::walk(int dir_fd, const std::string& rel, const std::string& canonical) {
    DIR* dir = ::fdopendir(dir_fd);
    if (!dir) {
        error(rel, "cannot read folder: " + errno_message(errno));
        ::close(dir_fd);
        return;
    }
    open_dirs_.push_back(canonical);
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0) error(rel, "cannot read folder: " + errno_message(errno));
            break;
        }
        const std::string_view name = entry->d_name;
        if (name == "." || name == ".." || is_editor_junk(name)) continue;
        const std::string child = rel + "/" + entry->d_name;
        // The type comes from the listing; only file systems that do not say need a stat.
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st {};
            if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : S_ISREG(st.st_mode) ? DT_REG : 0;
        }
        if (type == DT_REG) {
            read_file(::dirfd(dir), entry->d_name, child);
        } else if (type == DT_DIR && name.front() != '.') {
            int fd = open_dir_at(::dirfd(dir), entry->d_name);
            if (fd < 0) error(child, "cannot read folder: " + errno_message(errno));
            else walk(fd, child, canonical + "/" + entry->d_name);
        } else if (type == DT_LNK) {
            follow_link(canonical + "/" + entry->d_name, child, name.front() == '.');
        }
    }
    open_dirs_.pop_back();
    ::closedir(dir);
}

void Walker::follow_link(const std::string& link, const std::string& rel, bool hidden) {
    std::error_code ec;
    const fs::path target = fs::canonical(link, ec);
    if (ec) {
        if (hidden) return;
        if (ec == std::errc::too_many_symbolic_link_levels) error(rel, "symbolic link loop");
        else error(rel, "broken symbolic link", "it points to \"" + fs::read_symlink(link, ec).string() + "\"");
        return;
    }
    const std::string canonical = target.generic_string();
    struct stat st {};
    if (::stat(canonical.c_str(), &st) != 0) return;
    const bool is_dir = S_ISDIR(st.st_mode);
    if (hidden && is_dir) return;
    if (!is_within(canonical, root_)) {
        error(rel, "symbolic link leaves the site", "it points to \"" + canonical + "\"");
        return;
    }
    if (S_ISREG(st.st_mode)) read_file(AT_FDCWD, canonical.c_str(), rel);
    if (!is_dir) return;
    // A link to a folder being walked, or to one of its parents, would be walked forever.
    for (const std::string& open : open_dirs_) {
        if (is_within(open, canonical)) {
            error(rel, "symbolic link loop", "it points to \"" + canonical + "\"");
            return;
        }
    }
    int fd = open_dir_at(AT_FDCWD, canonical.c_str());
    if (fd < 0) error(rel, "cannot read folder: " + errno_message(errno));
    else walk(fd, rel, canonical);
}

void Walker::read_file(int dir_fd, const char* name, const std::string& rel) {
    int fd = ::openat(dir_fd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error(rel, "cannot read file: " + errno_message(errno));
        return;
    }
    // One read is enough for most files: a short read of a regular file means its end.
    ssize_t n;
    do n = ::read(fd, buffer_.data(), buffer_.size());
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        error(rel, "cannot read file: " + errno_message(errno));
    } else if (static_cast<size_t>(n) < buffer_.size()) {
        out_[rel].assign(buffer_.data(), static_cast<size_t>(n));
    } else {
        read_large_file(fd, rel);
    }
    ::close(fd);
}

/// The rest of a file that filled the first read: its size checked, then read whole.
void Walker::read_large_file(int fd, const std::string& rel) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error(rel, "cannot read file: " + errno_message(errno));
        return;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > max_site_file_size) {
        error(rel, "file is too large (" + megabytes(static_cast<std::uintmax_t>(st.st_size)) +
                       " MB; the limit is 10 MB)");
        return;
    }
    std::string bytes(std::max(static_cast<size_t>(st.st_size), buffer_.size()), '\0');
    std::copy(buffer_.begin(), buffer_.end(), bytes.begin());
    size_t done = buffer_.size();
    while (done < bytes.size()) {
        ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error(rel, "cannot read file: " + errno_message(errno));
            return;
        }
        if (n == 0) break;
        done += static_cast<size_t>(n);
    }
    bytes.resize(done);  // the file shrank while we read it: keep what was there
    out_[rel] = std::move(bytes);
}

}  // namespace

bool is_editor_junk(std::string_view name) {
    if (name.empty() || name == ".DS_Store" || name == "Thumbs.db") return true;
    if (name.starts_with(".#") || name.ends_with("~")) return true;
    // Vim swap files: .name.swp, .swo, .swx, …
    return name.front() == '.' && name.size() > 5 && name.substr(name.size() - 4, 3) == ".sw";
}

bool read_site(const std::filesystem::path& root, FileMap& out, Diagnostics& diagnostics) {
    const int errors_before = diagnostics.error_count();
    std::error_code ec;
    const fs::path canonical = fs::canonical(root, ec);
    if (ec || !fs::is_directory(canonical, ec)) {
        diagnostics.error(SourceLocation{root.generic_string()}, "the site folder does not exist");
        return false;
    }
    Walker walker(canonical.generic_string(), out, diagnostics);
    for (const char* top : {"content", "data", "themes"}) walker.read_top(top);
    return diagnostics.error_count() == errors_before;
}

}  // namespace publish
