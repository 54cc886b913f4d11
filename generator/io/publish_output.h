// Writing output/ atomically: a staging folder beside it, swapped in by rename.
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// Writes `files` into a fresh staging directory next to `out_dir`, then swaps it in with
/// renames so readers see either the old site or the new one, never a mix. On any failure the
/// existing `out_dir` is untouched and the staging directory removed. Returns false on error.
bool publish_output(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files,
                    Diagnostics& diagnostics);

}  // namespace publish
