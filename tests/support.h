// Helpers for end-to-end tests: run the real publish binary, copy and read folders.
#pragma once

#include <filesystem>
#include <map>
#include <vector>
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
/// With `timeout_seconds` > 0 the run is killed (SIGKILL) after that long: exit code 137.
CommandResult run_publish(const std::string& args, int timeout_seconds = 0);

/// Runs `publish <args>` on a pseudo-terminal (util-linux `script`), as a person at a terminal
/// would, with SOURCE_DATE_EPOCH fixed and `env` ("NO_COLOR=1 ") in front; `input` is typed in.
/// Returns what the terminal showed (stdout and stderr together, lines ending "\r\n").
CommandResult run_publish_in_terminal(const std::string& args, const std::string& env = {},
                                      const std::string& input = {});

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

/// A site built once into a temporary folder by the real binary.
struct BuiltSite {
    TempDir dir;
    fs::path out;
    CommandResult result;
    std::map<std::string, std::string> files;
    /// Builds `site` with extra arguments (e.g. "--no-pdf").
    BuiltSite(const fs::path& site, const std::string& extra = {});
    /// How many pages (…/index.html) lie under a prefix.
    size_t count_pages(const std::string& prefix) const;
};

/// The example site (repository root), built once per test process.
const BuiltSite& example_site();

/// The example site's PDFs (paths under its output folder); at least 12, so that no check over
/// them can pass on an empty list.
std::vector<std::string> example_pdf_paths();

/// A path in single quotes, for run_shell.
std::string quoted(const fs::path& path);

/// How many pages `pdfinfo` counts in a PDF (-1 if it cannot read it).
int pdf_page_count(const fs::path& pdf);

/// Words of a text, lower-cased, letters and digits only; a word broken by a hyphen at a line
/// end is joined again.
std::vector<std::string> words_of(const std::string& text);

/// Words of a Markdown body with its syntax (headings marks, emphasis, link targets, shortcodes,
/// front matter) taken out.
std::vector<std::string> markdown_words(const std::string& markdown);

/// True if `needle` appears in `haystack` in order (other words may come between).
bool in_order(const std::vector<std::string>& needle, const std::vector<std::string>& haystack, std::string* missing);

}  // namespace publish_test
