// The leak check: no sensitive term may appear in any output file or in any PDF's text.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// The text of one PDF as a reader would extract it: items on one baseline separated by
/// '\x1f', lines by '\n' (PDF content streams are compressed, so the bytes alone would hide it).
struct PdfText {
    std::string path;  ///< the PDF's output path
    std::string text;
};

/// What the check reads: the site's sources (the terms list among them), which documents are
/// published, and everything the build would write.
struct LeakCheckInput {
    const FileMap& files;
    const Site& site;
    const std::vector<OutputFile>& outputs;
    const std::vector<PdfText>& pdf_texts;
};

/// Reads data/private/sensitive-terms.txt (if the site has one) and reports an error for every
/// term found, as a whole word in any case, in any output: the raw bytes of every file, HTML,
/// XML and JSON also with markup and escapes removed, and the text of every PDF. Each error
/// points at the source file and line the term came from (a published content, data or theme
/// file holding it), or at the term's own line if no source holds it as written. Messages
/// never repeat the term itself, as build logs may be public.
void check_for_leaks(const LeakCheckInput& input, Diagnostics& diagnostics);

}  // namespace publish
