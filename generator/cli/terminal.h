// What the command line prints besides diagnostics: the summary line and the PDF progress.
#pragma once

#include <cstdio>
#include <string>

#include "diagnostics/diagnostics.h"

namespace publish {

/// Colour only on a terminal, and never when NO_COLOR is set (to any value).
bool use_colour();

/// Prints diagnostics to stderr, sorted, like a compiler: at most 200, in colour when use_colour().
void print_diagnostics(Diagnostics& diagnostics);

/// A progress display only on a terminal, not with --quiet, not in CI (CI set).
bool use_progress(bool quiet);

/// The last line of a build or check:
/// "Built 71 pages, 15 PDFs, 240 files in 1.2 s (0 warnings)".
std::string summary_line(bool built, int pages, int pdfs, size_t files, int warnings, double seconds);

/// "PDFs 7/15" updated in place on a terminal (\r), cleared by clear().
class ProgressLine {
public:
    explicit ProgressLine(std::FILE* out) : out_(out) {}
    /// Shows `done` of `total` in place of the previous text.
    void show(const std::string& what, int done, int total);
    /// Removes the text, leaving the cursor at the start of an empty line.
    void clear();

private:
    std::FILE* out_;
    size_t width_ = 0;  ///< characters on the line now
};

}  // namespace publish
