// The build: site files in memory → output files in memory, one named step after another.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

struct BuildOptions {
    bool pdf = true;   ///< false for --no-pdf
    int jobs = 2;      ///< threads for documents, PDFs and pages
    /// Called after each PDF is written with how many are done and how many there are (first
    /// with 0 before any). Calls never overlap and `done` only grows, so it may print.
    std::function<void(int done, int total)> on_pdf_progress;
};

/// How long one step took, for --verbose and benchmarks.
struct StepTime {
    std::string step;
    double milliseconds = 0;
};

struct BuildResult {
    std::vector<OutputFile> files;  ///< sorted by path
    int pages = 0;                  ///< HTML pages
    int pdfs = 0;
    std::vector<StepTime> times;
};

/// Adds the built-in default theme's files that the site does not override.
void add_builtin_theme(FileMap& files);

/// Runs every step. `site` arrives with build_date, build_timestamp and drafts set and
/// `site.files` pointing at `files`; it leaves fully loaded (config, data, documents). On any
/// error in the content the result holds no files and `diagnostics` says why.
BuildResult build_site(const FileMap& files, Site& site, const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace publish
