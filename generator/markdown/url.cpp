// URL and site-path helpers for link rewriting.
#include "markdown/url.h"

#include <vector>

namespace publish {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string url_scheme(std::string_view url) {
    size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
    std::string scheme;
    for (; i < url.size(); ++i) {
        char c = url[i];
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (c == ':') return scheme;
        bool allowed = is_alpha(c) || (!scheme.empty() && (is_digit(c) || c == '+' || c == '-' || c == '.'));
        if (!allowed) return {};
        scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return {};
}

bool is_unsafe_scheme(std::string_view scheme) {
    return scheme == "javascript" || scheme == "data" || scheme == "vbscript" || scheme == "file";
}

std::string_view parent_folder(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

std::optional<std::string> resolve_path(std::string_view folder, std::string_view relative) {
    std::vector<std::string_view> parts;
    auto add = [&](std::string_view path) -> bool {
        size_t start = 0;
        while (start <= path.size()) {
            size_t slash = path.find('/', start);
            if (slash == std::string_view::npos) slash = path.size();
            std::string_view part = path.substr(start, slash - start);
            if (part == "..") {
                if (parts.empty()) return false;
                parts.pop_back();
            } else if (!part.empty() && part != ".") {
                parts.push_back(part);
            }
            start = slash + 1;
        }
        return true;
    };
    if (!add(folder) || !add(relative)) return std::nullopt;
    std::string out;
    for (std::string_view part : parts) {
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

std::string relative_path(std::string_view folder, std::string_view path) {
    size_t common = 0;  // length of the shared leading folders, up to a '/'
    size_t i = 0;
    while (i < folder.size() && i < path.size() && folder[i] == path[i]) {
        ++i;
        if (path[i - 1] == '/') common = i;
    }
    if (i == folder.size() && i < path.size() && path[i] == '/') common = i + 1;
    std::string out;
    std::string_view rest_of_folder = folder.substr(std::min(common, folder.size()));
    if (!rest_of_folder.empty()) {
        out += "../";
        for (char c : rest_of_folder)
            if (c == '/') out += "../";
    }
    out += path.substr(common);
    return out;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string percent_encode_path(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(path.size());
    for (char c : path) {
        auto b = static_cast<unsigned char>(c);
        bool keep = is_alpha(c) || is_digit(c) || (b < 0x80 && std::string_view("-._~/!$&'()*+,;=:@").find(c) != std::string_view::npos);
        if (keep) {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

}  // namespace publish
