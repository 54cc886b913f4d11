// Faster versions of three libharu 2.3.0 functions, with the same results.
//
// libharu calls them through the PLT, so these definitions in the executable take their place
// (ELF symbol interposition); if the interposition does not take, output is unchanged. They
// live in one file so that the linker, pulling this object in for the glyph look-up that
// fonts.cpp calls, brings the other two with it.
//
// HPDF_TTFontDef_GetGlyphid: binary instead of linear search of the cmap segments.
// libharu 2.3.0 looks every code point up by walking a font's cmap segments one by one, and
// builds each embedded font's CIDToGIDMap by looking up all 65,536 code points: with Noto Sans
// that alone cost ~30 ms per PDF. libharu calls this function through the PLT, so this
// definition in the executable takes its place (ELF symbol interposition). It returns exactly
// what libharu's does (pdf_test compares the two over every code point of every face); the
// only difference is the search. If the interposition does not take, output is unchanged.
#include <algorithm>
#include <cstring>

#include <hpdf.h>
#include <hpdf_error.h>
#include <hpdf_fontdef.h>
#include <hpdf_utils.h>

extern "C" HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
    auto attr = static_cast<HPDF_TTFontDefAttr>(fontdef->attr);
    const auto& cmap = attr->cmap;
    if (cmap.format == 0) return cmap.glyph_id_array[unicode & 0xFF];
    if (cmap.seg_count_x2 == 0) {
        HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
        return 0;
    }
    HPDF_UINT seg_count = cmap.seg_count_x2 / 2;
    // The first segment whose end is at or after the code point (segments are sorted by end).
    HPDF_UINT i = static_cast<HPDF_UINT>(std::lower_bound(cmap.end_count, cmap.end_count + seg_count, unicode) - cmap.end_count);
    if (i >= seg_count || cmap.start_count[i] > unicode) return 0;
    if (cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(unicode + cmap.id_delta[i]);
    HPDF_UINT idx = cmap.id_range_offset[i] / 2 + (unicode - cmap.start_count[i]) - (seg_count - i);
    if (idx > cmap.glyph_id_array_count) return 0;
    return static_cast<HPDF_UINT16>(cmap.glyph_id_array[idx] + cmap.id_delta[i]);
}

// HPDF_MemCpy and HPDF_MemSet: libharu copies and clears every stream buffer one byte at a time
// (a tenth of a PDF's instructions); these return what libharu's do, the end of the range.
extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
    if (n > 0) std::memmove(out, in, n);
    return out + n;
}

extern "C" void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
    if (n > 0) std::memset(s, c, n);
    return static_cast<HPDF_BYTE*>(s) + n;
}
