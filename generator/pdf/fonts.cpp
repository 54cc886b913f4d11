// Loading the embedded faces lazily and reading glyph coverage and widths from their tables.
#include "pdf/fonts.h"

#include <string>

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace publish::pdf {
namespace {

const char* noto = "/usr/share/fonts/truetype/noto/";
const char* dejavu = "/usr/share/fonts/truetype/dejavu/";

/// A valid identity ToUnicode CMap for 2-byte UCS-2 codes (libharu writes "begincidrange",
/// which is not allowed in a ToUnicode CMap; poppler warns and strict validators reject it).
const std::string& identity_to_unicode() {
    static const std::string cmap = [] {
        std::string s =
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
        std::vector<int> highs;
        for (int h = 0; h < 256; ++h)
            if (h < 0xD8 || h > 0xDF) highs.push_back(h);  // no surrogates
        static const char hex[] = "0123456789ABCDEF";
        for (size_t i = 0; i < highs.size(); i += 100) {
            size_t n = std::min<size_t>(100, highs.size() - i);
            s += std::to_string(n) + " beginbfrange\n";
            for (size_t k = i; k < i + n; ++k) {
                std::string hh{hex[highs[k] >> 4], hex[highs[k] & 15]};
                s += "<" + hh + "00> <" + hh + "FF> <" + hh + "00>\n";
            }
            s += "endbfrange\n";
        }
        s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        return s;
    }();
    return cmap;
}

/// Replaces a freshly made font's ToUnicode stream with the valid identity CMap.
void fix_to_unicode(HPDF_Font font) {
    auto map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (!map || !map->stream) return;
    HPDF_MemStream_FreeData(map->stream);
    const std::string& cmap = identity_to_unicode();
    HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()), static_cast<HPDF_UINT>(cmap.size()));
}

}  // namespace

PdfFonts::PdfFonts(HPDF_Doc doc) : doc_(doc) {
    const char* main_files[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"};
    const char* fallback_files[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"};
    for (int i = 0; i < 4; ++i) {
        primary_[i].path = std::string(noto) + main_files[i];
        fallback_[i].path = std::string(dejavu) + fallback_files[i];
    }
    int mono = static_cast<int>(layout::FontStyle::mono);
    primary_[mono].path = std::string(dejavu) + "DejaVuSansMono.ttf";
    fallback_[mono].path = std::string(dejavu) + "DejaVuSans.ttf";
    for (auto& m : metrics_) {
        m.width.assign(0x10000, -1);
        m.where.assign(0x10000, 0);
    }
}

PdfFonts::Face& PdfFonts::load(Face& face) {
    if (face.tried) return face;
    face.tried = true;
    const char* name = HPDF_LoadTTFontFromFile(doc_, face.path.c_str(), HPDF_TRUE);
    if (!name) {
        HPDF_ResetError(doc_);
        missing_.push_back(face.path);
        return face;
    }
    face.name = name;
    face.def = HPDF_GetFontDef(doc_, name);
    return face;
}

void PdfFonts::look_up(int style, char32_t cp) {
    auto& m = metrics_[style];
    auto code = static_cast<HPDF_UINT16>(cp);
    Face& main = load(primary_[style]);
    if (main.def && (HPDF_TTFontDef_GetGlyphid(main.def, code) != 0 || cp == ' ')) {
        m.where[cp] = 1;
        m.width[cp] = HPDF_TTFontDef_GetCharWidth(main.def, code);
        return;
    }
    Face& spare = load(fallback_[style]);
    if (spare.def && HPDF_TTFontDef_GetGlyphid(spare.def, code) != 0) {
        m.where[cp] = 2;
        m.width[cp] = HPDF_TTFontDef_GetCharWidth(spare.def, code);
        return;
    }
    m.where[cp] = 3;
    m.width[cp] = 0;
}

double PdfFonts::advance(layout::FontStyle style, char32_t cp) {
    if (cp > 0xFFFF) return 0;
    int s = static_cast<int>(style);
    if (metrics_[s].where[cp] == 0) look_up(s, cp);
    return metrics_[s].width[cp];
}

bool PdfFonts::covers(layout::FontStyle style, char32_t cp) {
    if (cp > 0xFFFF) return false;
    int s = static_cast<int>(style);
    if (metrics_[s].where[cp] == 0) look_up(s, cp);
    return metrics_[s].where[cp] != 3;
}

bool PdfFonts::in_primary(layout::FontStyle style, char32_t cp) {
    if (cp > 0xFFFF) return false;
    int s = static_cast<int>(style);
    if (metrics_[s].where[cp] == 0) look_up(s, cp);
    return metrics_[s].where[cp] == 1;
}

HPDF_Font PdfFonts::font_for(layout::FontStyle style, char32_t cp) {
    int s = static_cast<int>(style);
    Face& face = in_primary(style, cp) || !covers(style, cp) ? primary_[s] : fallback_[s];
    load(face);
    if (!face.font && !face.name.empty()) {
        face.font = HPDF_GetFont(doc_, face.name.c_str(), "UTF-8");
        if (face.font) fix_to_unicode(face.font);
    }
    return face.font;
}

}  // namespace publish::pdf
