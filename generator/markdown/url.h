// URL and site-path helpers for link rewriting: schemes, path normalising, percent coding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace publish {

/// The lower-case scheme of a URL ("https", "javascript"), or "" if it has none. Leading
/// whitespace and control characters, and tabs or newlines anywhere, are ignored as browsers do.
std::string url_scheme(std::string_view url);

/// True for schemes that run code or read local files: javascript, data, vbscript, file.
bool is_unsafe_scheme(std::string_view scheme);

/// The folder part of a site path: "content/briefings/x.md" → "content/briefings".
std::string_view parent_folder(std::string_view path);

/// Joins a relative path onto a folder and resolves "." and "..", or nothing if it climbs above
/// the root: ("content/briefings", "../bulletins/y.md") → "content/bulletins/y.md".
std::optional<std::string> resolve_path(std::string_view folder, std::string_view relative);

/// The path from a folder to a site path: ("content/briefings", "content/bulletins/y.md") → "../bulletins/y.md".
std::string relative_path(std::string_view folder, std::string_view path);

/// Decodes %XX escapes ("annual%20report.pdf" → "annual report.pdf"); malformed escapes stay as written.
std::string percent_decode(std::string_view text);

/// Escapes bytes that may not appear in a URL path ("annual report.pdf" → "annual%20report.pdf").
std::string percent_encode_path(std::string_view path);

}  // namespace publish
