// Internal: the shared state of laying out one publication, and the step per publication kind.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/compose.h"
#include "layout/layout.h"

namespace publish::layout {

/// Everything one publication's layout shares: style, caches, the result being built.
struct Setter {
    Setter(const Site& site, LayoutServices& services, Diagnostics& diagnostics);

    const Site& site;
    Diagnostics& diagnostics;
    PdfStyle style;
    WidthCache widths;
    HyphenationCache hyphenation;
    TextServices text;
    LaidOutDocument out;
    std::vector<ContentsEntry> contents;
    std::map<std::string, std::string> internal_urls;
    ComposeContext ctx;

    /// The text column of an ordinary page.
    Box body_box() const;
    /// The part of an ordinary page the flow fills.
    PageArea body_area() const;
    /// A text item of one line of plain text (measured), for generated labels.
    FrameItem label(double x, double baseline, FontStyle font, double size, const std::string& text, Color color,
                    char align = 'l');
};

/// Adds running header (title) and footer ("Page 3 of 24") to pages from `first`.
void add_page_chrome(Setter& setter, size_t first, bool header_on_first, const std::string& running_title);

/// The anchor prefix of a document: "d3-".
std::string anchor_prefix(int document);

/// A cover page for a long document.
Page cover_page(Setter& setter, const Document& index, int document);
/// Contents pages listing `entries`; `pages` maps anchors to page numbers (1-based) or is empty for a dry run.
std::vector<Page> contents_pages(Setter& setter, const std::map<std::string, int>& pages);

/// A one-page 7-minute briefing; false (with an error at the overflowing panel) if it cannot fit.
bool layout_briefing(Setter& setter, const Document& doc, int document);
/// A learning bulletin: title block, the review's facts, the narrative.
void layout_bulletin(Setter& setter, const Document& doc, int document);
/// A page (pdf: true): title and body.
void layout_page(Setter& setter, const Document& doc, int document);
/// An annual report or arrangements: cover, contents, introduction and numbered sections.
void layout_bundle(Setter& setter, const Bundle& bundle);

/// Flow pieces for a title block: an accent band with a kicker ("Learning bulletin"), title and a line below;
/// text starts at `left` (the page's left margin if negative).
std::vector<FlowItem> title_band(Setter& setter, const std::string& kicker, const std::string& title,
                                 const std::string& subtitle, int element, const std::string& anchor, double left = -1);

}  // namespace publish::layout
