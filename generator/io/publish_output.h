// Writing output/ atomically: a staging folder beside it, swapped in by rename.
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// Writes `files` into a fresh staging directory next to `out_dir`, then swaps it in (one atomic
/// exchange where the file system supports it, else two renames) so readers see either the old
/// site or the new one, never a mix. On any failure the
/// existing `out_dir` is untouched and the staging directory removed. Returns false on error.
/// Errors read `output: error: cannot write "<path>": <reason>`; a file path that is empty,
/// absolute, holds `.`/`..` or appears twice is an internal error and nothing is written.
/// Folders and files are made on `threads` threads.
bool publish_output(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files,
                    Diagnostics& diagnostics, int threads = 1);

/// Tidies up after a build that was killed: removes `<out_dir>.staging-<pid>` and
/// `<out_dir>.old-<pid>` folders of processes no longer running, and if `out_dir` is missing but
/// an `.old-<pid>` exists (killed between the two renames), renames it back first.
/// Call at the start of a build. Returns false on error (problems removing are warnings).
bool clean_stale_output(const std::filesystem::path& out_dir, Diagnostics& diagnostics);

/// `<out_dir>.staging-<pid>`: where this process writes before swapping.
std::filesystem::path staging_dir_for(const std::filesystem::path& out_dir);

/// `<out_dir>.old-<pid>`: where this process moves the previous output while swapping.
std::filesystem::path old_dir_for(const std::filesystem::path& out_dir);

}  // namespace publish
