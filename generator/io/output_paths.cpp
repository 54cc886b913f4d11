// Output folder naming and output path checks.
#include "io/output_paths.h"

#include <system_error>

namespace publish {

std::filesystem::path clean_out_dir(const std::filesystem::path& out_dir) {
    std::filesystem::path p = out_dir.lexically_normal();
    if (!p.empty() && p.filename().empty()) p = p.parent_path();
    return p;
}

std::filesystem::path sibling_of(const std::filesystem::path& out_dir, std::string_view suffix) {
    std::filesystem::path p = clean_out_dir(out_dir);
    return p.parent_path() / (p.filename().string() + std::string(suffix));
}

bool is_safe_output_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\0') != std::string_view::npos) return false;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

std::string errno_message(int err) { return std::error_code(err, std::generic_category()).message(); }

}  // namespace publish
