// Helpers for end-to-end tests: run the real publish binary, copy and read folders.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace publish_test {

namespace fs = std::filesystem;

/// What a finished command printed and returned.
struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs `publish <args>` with SOURCE_DATE_EPOCH fixed (2024-06-01) and returns its output.
CommandResult run_publish(const std::string& args);

/// Runs a shell command and returns its standard output.
std::string run_shell(const std::string& command, int* exit_code = nullptr);

/// A fresh empty temporary directory, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

/// Copies a folder tree (overwriting files that exist).
void copy_tree(const fs::path& from, const fs::path& to);

/// Every regular file under `root`: relative path → bytes.
std::map<std::string, std::string> read_tree(const fs::path& root);

/// The whole of a file.
std::string read_file(const fs::path& path);

/// The repository root (the example site).
fs::path source_dir();

/// Every href="…" and src="…" in a page that starts with `base_path`, resolved to output paths
/// that do not exist.
std::vector<std::string> broken_local_links(const fs::path& output, const std::string& base_path);

}  // namespace publish_test
