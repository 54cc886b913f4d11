// Test support: processes, temporary folders, trees of files, a local link checker.
#include "support.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <vector>

namespace publish_test {

fs::path source_dir() { return PUBLISH_SOURCE_DIR; }

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string run_shell(const std::string& command, int* exit_code) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    int status = pclose(pipe);
    if (exit_code) *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

CommandResult run_publish(const std::string& args, int timeout_seconds) {
    TempDir scratch;
    fs::path out = scratch.path() / "stdout", err = scratch.path() / "stderr";
    std::string timeout = timeout_seconds > 0 ? "timeout -s KILL " + std::to_string(timeout_seconds) + " " : "";
    std::string command = "SOURCE_DATE_EPOCH=1717200000 NO_COLOR=1 " + timeout + "'" + std::string(PUBLISH_BINARY) + "' " + args +
                          " >'" + out.string() + "' 2>'" + err.string() + "'";
    int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    result.err = read_file(err);
    return result;
}

CommandResult run_publish_in_terminal(const std::string& args, const std::string& env, const std::string& input) {
    TempDir scratch;
    fs::path in = scratch.path() / "stdin", out = scratch.path() / "terminal";
    std::ofstream(in, std::ios::binary) << input;
    std::string inner = "env -u CI -u NO_COLOR SOURCE_DATE_EPOCH=1717200000 " + env + " '" + std::string(PUBLISH_BINARY) +
                        "' " + args;
    std::string quoted;  // for the single-quoted -c argument of script
    for (char c : inner) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    std::string command = "script -qec '" + quoted + "' /dev/null <'" + in.string() + "' >'" + out.string() + "' 2>&1";
    int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    return result;
}

TempDir::TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("publish-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void copy_tree(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::map<std::string, std::string> read_tree(const fs::path& root) {
    std::map<std::string, std::string> files;
    if (!fs::exists(root)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) files[fs::relative(entry.path(), root).generic_string()] = read_file(entry.path());
    return files;
}

std::vector<std::string> broken_local_links(const fs::path& output, const std::string& base_path) {
    std::vector<std::string> broken;
    static const std::regex attribute(R"re((?:href|src)="([^"]*)")re");
    for (const auto& [path, bytes] : read_tree(output)) {
        if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
        for (std::sregex_iterator it(bytes.begin(), bytes.end(), attribute), end; it != end; ++it) {
            std::string url = (*it)[1];
            if (url.rfind(base_path, 0) != 0) continue;
            std::string target = url.substr(base_path.size());
            target = target.substr(0, target.find('#'));
            target = target.substr(0, target.find('?'));
            if (target.empty() || target.back() == '/') target += "index.html";
            if (!fs::exists(output / target)) broken.push_back(path + " → " + url);
        }
    }
    return broken;
}

BuiltSite::BuiltSite(const fs::path& site, const std::string& extra) {
    out = dir.path() / "out";
    result = run_publish("build " + extra + " --site '" + site.string() + "' --out '" + out.string() + "'");
    files = read_tree(out);
}

size_t BuiltSite::count_pages(const std::string& prefix) const {
    size_t n = 0;
    for (const auto& [path, bytes] : files)
        if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() + 11 && path.substr(path.size() - 11) == "/index.html")
            ++n;
    return n;
}

const BuiltSite& example_site() {
    static BuiltSite site(source_dir());
    return site;
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool hyphen_at_line_end = false;
    auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
            hyphen_at_line_end = false;
        } else if (c >= 0x80) {
            // Keep letters such as é inside words; treat punctuation such as – “ ” £ as breaks.
            size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
            std::string ch = text.substr(i, length);
            i += length - 1;
            bool letter = length == 2 && c >= 0xC3 && c <= 0xC5;
            if (ch == "\u2019") continue;  // a typographic apostrophe joins like '
            if (letter) word += ch;
            else flush();
        } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '\n' && !word.empty()) {
            hyphen_at_line_end = true;  // "safe-\nguarding" joins to "safeguarding"
            ++i;
        } else if (c == '\'' || (c == '\n' && hyphen_at_line_end)) {
            continue;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::vector<std::string> markdown_words(const std::string& markdown) {
    std::string text = markdown;
    if (text.rfind("---", 0) == 0) {
        size_t end = text.find("\n---", 3);
        if (end != std::string::npos) text = text.substr(text.find('\n', end + 1) + 1);
    }
    static const std::regex shortcode(R"(\{\{<[^>]*>\}\})");
    static const std::regex link_target(R"(\]\([^)]*\))");
    static const std::regex footnote_label(R"(\[\^[^\]]*\]:?)");
    text = std::regex_replace(text, shortcode, " ");
    text = std::regex_replace(text, link_target, "]");
    text = std::regex_replace(text, footnote_label, " ");
    return words_of(text);
}

bool in_order(const std::vector<std::string>& needle, const std::vector<std::string>& haystack, std::string* missing) {
    size_t at = 0;
    for (size_t i = 0; i < needle.size(); ++i) {
        // A compound broken at its hyphen at a line end ("multi-" + "agency") reads as one word.
        std::string joined = i + 1 < needle.size() ? needle[i] + needle[i + 1] : std::string();
        size_t found = at;
        bool was_joined = false;
        for (; found < haystack.size(); ++found) {
            if (haystack[found] == needle[i]) break;
            if (!joined.empty() && haystack[found] == joined) {
                was_joined = true;
                break;
            }
        }
        if (found == haystack.size()) {
            if (missing) *missing = needle[i];
            return false;
        }
        if (was_joined) ++i;
        at = found + 1;
    }
    return true;
}

std::vector<std::string> example_pdf_paths() {
    std::vector<std::string> paths;
    for (const auto& [path, bytes] : example_site().files)
        if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") paths.push_back(path);
    REQUIRE(paths.size() >= 12);
    return paths;
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

int pdf_page_count(const fs::path& pdf) {
    std::string info = run_shell("pdfinfo " + quoted(pdf) + " 2>/dev/null");
    std::smatch m;
    static const std::regex pages(R"(Pages:\s+(\d+))");
    return std::regex_search(info, m, pages) ? std::stoi(m[1]) : -1;
}

}  // namespace publish_test
