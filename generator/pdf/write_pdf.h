// Frames → PDF bytes with libharu: text, shapes, images, links, bookmarks, document info.
#pragma once

#include <optional>
#include <string>

#include <hpdf.h>

#include "diagnostics/diagnostics.h"
#include "layout/frames.h"
#include "model/site.h"
#include "pdf/fonts.h"

namespace publish::pdf {

/// Draws every page of `doc` into `pdf` (whose fonts layout measured with) and returns the file's
/// bytes; images are read from `files`. Nothing comes from the clock: dates are doc.date.
std::optional<std::string> write_pdf(HPDF_Doc pdf, PdfFonts& fonts, const layout::LaidOutDocument& doc,
                                     const FileMap* files, Diagnostics& diagnostics, const std::string& source_path);

}  // namespace publish::pdf
