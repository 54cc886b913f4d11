// Naming of the output folder's siblings and checks on output file paths.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace publish {

/// `out_dir` without a trailing separator or `.` parts ("site/out/" → "site/out").
std::filesystem::path clean_out_dir(const std::filesystem::path& out_dir);

/// `<out_dir><suffix>` in the same parent folder.
std::filesystem::path sibling_of(const std::filesystem::path& out_dir, std::string_view suffix);

/// True if `path` is a '/'-separated relative path with no empty, `.` or `..` parts.
bool is_safe_output_path(std::string_view path);

/// The message of an OS error number ("Permission denied").
std::string errno_message(int err);

}  // namespace publish
