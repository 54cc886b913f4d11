// Test support: processes, temporary folders, trees of files, a local link checker.
#include "support.h"

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

CommandResult run_publish(const std::string& args) {
    TempDir scratch;
    fs::path out = scratch.path() / "stdout", err = scratch.path() / "stderr";
    std::string command = "SOURCE_DATE_EPOCH=1717200000 NO_COLOR=1 '" + std::string(PUBLISH_BINARY) + "' " + args +
                          " >'" + out.string() + "' 2>'" + err.string() + "'";
    int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    result.err = read_file(err);
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

}  // namespace publish_test
