// Shared set-up for the fuzz targets: the small test site in memory, and one build of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "model/site.h"
#include "pipeline/build.h"

namespace publish::fuzz {

/// tests/sites/small with the built-in theme, read once.
const FileMap& small_site_files();

/// Splits a fuzz input into its first line (which file it replaces) and the rest (the text).
std::pair<std::string, std::string> split_first_line(const uint8_t* data, size_t size);

/// Runs the whole pipeline on `files` (one thread), with or without PDFs; returns the site.
Site build_quietly(const FileMap& files, bool pdf, BuildResult* result = nullptr);

}  // namespace publish::fuzz
