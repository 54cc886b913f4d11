// render_publication_pdf: a libharu document, its fonts as layout's measurer, layout, then writing.
#include "pdf/publication.h"

#include <hpdf.h>

#include "layout/layout.h"
#include "pdf/fonts.h"
#include "pdf/hyphen_dictionary.h"
#include "pdf/write_pdf.h"

namespace publish {
namespace {

/// libharu reports errors through a callback; we only note that one happened (no throwing through C).
void on_error(HPDF_STATUS, HPDF_STATUS, void* user) { *static_cast<bool*>(user) = true; }

}  // namespace

std::optional<PdfResult> render_publication_pdf(const Site& site, int document, Diagnostics& diagnostics) {
    if (document < 0 || document >= static_cast<int>(site.documents.size())) return std::nullopt;
    const Document& doc = site.documents[document];
    // Pages have a PDF only when they ask for one; other types unless they decline.
    if (!doc.meta.pdf.value_or(doc.type != DocType::page)) return std::nullopt;
    bool failed = false;
    HPDF_Doc pdf = HPDF_New(on_error, &failed);
    if (!pdf) {
        diagnostics.error({doc.source_path, 0, 0}, "cannot start a PDF (out of memory)");
        return std::nullopt;
    }
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_SetCurrentEncoder(pdf, "UTF-8");

    std::optional<PdfResult> result;
    {
        pdf::PdfFonts fonts(pdf);
        layout::LayoutServices services{fonts, pdf::HyphenDictionary::for_language(site.config.language)};
        auto laid_out = layout::layout_publication(site, document, services, diagnostics);
        for (const auto& path : fonts.missing())
            diagnostics.error({doc.source_path, 0, 0}, "font file " + path + " cannot be loaded (install fonts-noto-core and fonts-dejavu-core)");
        if (laid_out && fonts.missing().empty()) {
            failed = false;
            if (auto bytes = pdf::write_pdf(pdf, fonts, *laid_out, site.files, diagnostics, doc.source_path))
                result = PdfResult{std::move(*bytes), static_cast<int>(laid_out->pages.size())};
        }
    }
    HPDF_Free(pdf);
    return result;
}

}  // namespace publish
