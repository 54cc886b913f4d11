// render_publication_pdf: a libharu document, its fonts as layout's measurer, layout, then writing.
#include "pdf/publication.h"

#include <cstdio>
#include <utility>

#include <hpdf.h>

#include "layout/layout.h"
#include "layout/reading_text.h"
#include "pdf/fonts.h"
#include "pdf/hyphen_dictionary.h"
#include "pdf/pdf_memory.h"
#include "pdf/write_pdf.h"

namespace publish {
namespace {

/// libharu reports errors through a callback; we keep the first (no throwing through C).
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    auto* first = static_cast<std::pair<unsigned long, unsigned long>*>(user);
    if (first->first == 0) *first = {error, detail};
}

}  // namespace

std::optional<PdfResult> render_publication_pdf(const Site& site, int document, Diagnostics& diagnostics) {
    if (document < 0 || document >= static_cast<int>(site.documents.size())) return std::nullopt;
    const Document& doc = site.documents[document];
    // Pages have a PDF only when they ask for one; other types unless they decline.
    if (!doc.meta.pdf.value_or(doc.type != DocType::page)) return std::nullopt;
    std::pair<unsigned long, unsigned long> first_error{0, 0};
    pdf::PdfMemory memory;  // every libharu allocation of this document, released after HPDF_Free
    HPDF_Doc pdf = HPDF_NewEx(on_error, pdf::PdfMemory::allocate, pdf::PdfMemory::release, 0, &first_error);
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
            first_error = {0, 0};
            if (auto bytes = pdf::write_pdf(pdf, fonts, *laid_out, site.files, diagnostics, doc.source_path))
                result = PdfResult{std::move(*bytes), static_cast<int>(laid_out->pages.size()), layout::reading_text(*laid_out)};
            if (!result && first_error.first) {
                char code[64];
                std::snprintf(code, sizeof code, "libharu error 0x%04lX (detail %lu)", first_error.first, first_error.second);
                diagnostics.error({doc.source_path, 0, 0}, std::string("the PDF writer failed first with ") + code);
            }
        }
    }
    HPDF_Free(pdf);
    return result;
}

}  // namespace publish
