// Reading a site folder into memory: the only place (with publish_output) that touches files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// Reads every regular file under <root>/content, <root>/data and <root>/themes into `out`
/// (paths relative to root, '/'-separated). Symlinks that leave the site or loop are errors;
/// files over the size limit, unreadable files are errors naming the file. Hidden folders
/// (.git) and editor junk are skipped. Returns false on error.
bool read_site(const std::filesystem::path& root, FileMap& out, Diagnostics& diagnostics);

/// The largest file read_site reads (10 MB); a larger one is an error.
constexpr std::uintmax_t max_site_file_size = 10 * 1024 * 1024;

/// True for files editors and desktops leave behind: `.#x`, `x~`, `.x.swp`, `.DS_Store`, `Thumbs.db`.
bool is_editor_junk(std::string_view name);

}  // namespace publish
