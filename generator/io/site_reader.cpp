// read_site: every file of content/, data/ and themes/ into memory, refusing links that escape.
#include "io/site_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace publish {
namespace {

namespace fs = std::filesystem;

constexpr off_t max_file_size = 10 * 1024 * 1024;

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
class Walker {
public:
    Walker(std::string root_canonical, FileMap& out, Diagnostics& diagnostics)
        : root_(std::move(root_canonical)), out_(out), diagnostics_(diagnostics) {}

    /// Reads the top-level folder `name` (content, data, themes) if it exists.
    void read_top(const fs::path& root, const std::string& name);

private:
    void walk(const fs::path& dir, const std::string& rel, const std::string& canonical);
    void follow_link(const fs::path& link, const std::string& rel, bool hidden);
    void read_file(const fs::path& path, const std::string& rel);
    void error(const std::string& rel, std::string message, std::string hint = {}) {
        diagnostics_.error(SourceLocation{rel}, std::move(message), std::move(hint));
    }

    std::string root_;
    FileMap& out_;
    Diagnostics& diagnostics_;
    std::vector<std::string> open_dirs_;  ///< canonical paths of the folders being walked, outermost first
};

void Walker::read_top(const fs::path& root, const std::string& name) {
    std::error_code ec;
    fs::path dir = root / name;
    fs::file_status status = fs::symlink_status(dir, ec);
    if (status.type() == fs::file_type::directory) walk(dir, name, root_ + "/" + name);
    else if (status.type() == fs::file_type::symlink) follow_link(dir, name, false);
}

void Walker::walk(const fs::path& dir, const std::string& rel, const std::string& canonical) {
    open_dirs_.push_back(canonical);
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) error(rel, "cannot read folder: " + ec.message());
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_editor_junk(name)) continue;
        const std::string child = rel + "/" + name;
        // The type comes from the directory listing: no stat for plain files and folders.
        switch (it->symlink_status(ec).type()) {
            case fs::file_type::directory:
                if (name.front() != '.') walk(it->path(), child, canonical + "/" + name);
                break;
            case fs::file_type::symlink: follow_link(it->path(), child, name.front() == '.'); break;
            case fs::file_type::regular: read_file(it->path(), child); break;
            default: break;  // sockets, pipes, devices: not site files
        }
        ec.clear();
    }
    if (ec) error(rel, "cannot read folder: " + ec.message());
    open_dirs_.pop_back();
}

void Walker::follow_link(const fs::path& link, const std::string& rel, bool hidden) {
    std::error_code ec;
    const fs::path target = fs::canonical(link, ec);
    if (ec) {
        if (ec == std::errc::too_many_symbolic_link_levels) error(rel, "symbolic link loop");
        else error(rel, "broken symbolic link", "it points to \"" + fs::read_symlink(link, ec).string() + "\"");
        return;
    }
    const bool is_dir = fs::is_directory(target, ec);
    if (hidden && is_dir) return;
    const std::string canonical = target.generic_string();
    if (!is_within(canonical, root_)) {
        error(rel, "symbolic link leaves the site", "it points to \"" + canonical + "\"");
        return;
    }
    if (!is_dir) {
        if (fs::is_regular_file(target, ec)) read_file(target, rel);
        return;
    }
    // A link to a folder being walked, or to one of its parents, would be walked forever.
    for (const std::string& open : open_dirs_) {
        if (is_within(open, canonical)) {
            error(rel, "symbolic link loop", "it points to \"" + canonical + "\"");
            return;
        }
    }
    walk(link, rel, canonical);
}

void Walker::read_file(const fs::path& path, const std::string& rel) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error(rel, "cannot read file: " + errno_message(errno));
        return;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error(rel, "cannot read file: " + errno_message(errno));
    } else if (st.st_size > max_file_size) {
        error(rel, "file is too large (" + megabytes(static_cast<std::uintmax_t>(st.st_size)) +
                       " MB; the limit is 10 MB)");
    } else {
        std::string bytes(static_cast<size_t>(st.st_size), '\0');
        size_t done = 0;
        int read_error = 0;
        while (done < bytes.size()) {
            ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) read_error = errno;
            if (n <= 0) break;
            done += static_cast<size_t>(n);
        }
        if (read_error != 0) {
            error(rel, "cannot read file: " + errno_message(read_error));
        } else {
            bytes.resize(done);  // the file shrank while we read it: keep what was there
            out_[rel] = std::move(bytes);
        }
    }
    ::close(fd);
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
    for (const char* top : {"content", "data", "themes"}) walker.read_top(canonical, top);
    return diagnostics.error_count() == errors_before;
}

}  // namespace publish
