// The 7-minute briefing: one A4 page, a title band and numbered panels, type size fitted to fit.
#include <cmath>
#include <cstdio>

#include "layout/publication_parts.h"

namespace publish::layout {
namespace {

/// One panel: its heading and the blocks up to the next heading of the same level.
struct Panel {
    const Node* heading = nullptr;
    std::vector<const Node*> blocks;
};

std::vector<Panel> split_panels(const Node& body) {
    std::vector<Panel> panels;
    int level = 0;
    for (const auto& child : body.children)
        if (child.kind == NodeKind::heading) level = level == 0 ? child.level : std::min(level, child.level);
    for (const auto& child : body.children) {
        if (child.kind == NodeKind::heading && child.level == level) panels.push_back({&child, {}});
        else if (!panels.empty()) panels.back().blocks.push_back(&child);
    }
    return panels;
}

/// A panel set at one size: its pieces and height.
struct SetPanel {
    Flow flow;
    double height = 0;
    double line_height = 0;
    double width = 0;  ///< the panel's text width
    int heading = -1;  ///< the heading element (its number disc is read with it)
};

constexpr double gap = 10, pad = 9;
/// A briefing that fits only within this many points of the smallest size gets a warning.
constexpr double near_minimum = 0.5;

/// "8.5": a type size as the author reads it.
std::string points(double size) {
    char text[16];
    std::snprintf(text, sizeof text, "%g", size);
    return text;
}

/// Warns that a briefing fits only at (or near) the smallest type size, naming the panel with
/// the most text (the largest area at the fitted size), at its heading.
void warn_near_minimum(Setter& setter, const Document& doc, const std::vector<Panel>& panels,
                       const std::vector<SetPanel>& set, double size) {
    size_t longest = 0;
    double most = -1;
    for (size_t k = 0; k < set.size(); ++k) {
        double area = set[k].height * set[k].width;
        if (area > most) most = area, longest = k;
    }
    if (panels.empty()) return;
    const Node* h = panels[longest].heading;
    setter.diagnostics.warning(
        {doc.source_path, h->line, h->column},
        "the briefing \"" + doc.meta.title + "\" fits its page only at " +
            (size <= setter.style.briefing_min + 1e-9 ? "the smallest type size, " + points(size) + " pt"
                                                      : points(size) + " pt (the smallest is " +
                                                            points(setter.style.briefing_min) + " pt)") +
            "; its longest panel is " + std::to_string(longest + 1) + " \"" + plain_text(*h) + "\"",
        "shorten the longest panels so the text stays readable and has room to grow");
}

}  // namespace

bool layout_briefing(Setter& setter, const Document& doc, int document) {
    const auto& st = setter.style;
    auto panels = split_panels(doc.body);
    double margin = 36;
    double inner_width = st.page_width - 2 * margin;
    double col_width = (inner_width - gap) / 2;

    // The title band (fixed size) and the space left for the panels.
    Flow head;
    std::string sub = setter.site.config.name + (doc.meta.date.empty() ? "" : "  \u00b7  " + long_date(doc.meta.date));
    for (auto& piece : title_band(setter, "7-minute briefing", doc.meta.title, sub, 0, anchor_prefix(document) + "top", margin + 3))
        head.items.push_back(piece);
    Page page;
    double top = place_pieces(head.items, st.margin_top, page, true) + 14;
    double bottom = st.page_height - 40;

    // Sets every panel at a size; returns the panel pieces, or the first overflow.
    size_t element_mark = setter.out.elements.size();
    auto set_all = [&](double size, std::vector<SetPanel>& out) {
        setter.out.elements.resize(element_mark);
        out.clear();
        for (size_t i = 0; i < panels.size(); ++i) {
            bool wide = panels.size() % 2 == 1 && i + 1 == panels.size();
            double width = (wide ? inner_width : col_width) - 2 * pad;
            SetPanel sp;
            sp.width = width;
            Composer composer(setter.ctx, sp.flow, doc, anchor_prefix(document));
            composer.set_heading_policy({{}, 3, 3, 0});
            int el = composer.element(Role::section, 0, panels[i].heading);
            Box box;
            box.left = 0;
            box.width = width - size * 2.2;  // room for the number disc on the left
            box.left = size * 2.2;
            box.size = size;
            box.color = st.text;
            box.paragraph_space = size * 0.45;
            box.parent = el;
            // Heading line in bold accent next to the disc.
            int hel = composer.element(Role::heading, el, panels[i].heading, 2);
            sp.heading = hel;
            auto runs = composer.runs(*panels[i].heading, FontStyle::bold, size * 1.18, st.accent, hel);
            ParagraphFormat format{box.width, size * 1.18 * 1.25, size * 1.18, 'l', false};
            composer.push_lines(set_paragraph(runs, format, setter.text), box, 0, true);
            box.left = 0;  // the text runs under the disc
            box.width = width;
            for (const Node* block : panels[i].blocks) composer.block(*block, box);
            if (!sp.flow.footnotes.empty() && size == st.briefing_max)
                setter.diagnostics.warning(composer.where(*panels[i].heading),
                                           "footnotes in a 7-minute briefing are not printed in its PDF; write the source into the panel");
            sp.line_height = size * st.leading;
            sp.height = stacked_height(sp.flow.items) + 2 * pad;
            out.push_back(std::move(sp));
        }
    };
    // Rows: pairs side by side, an odd last panel full width.
    std::vector<std::pair<size_t, size_t>> rows;  // first panel, count
    for (size_t i = 0; i < panels.size();) {
        size_t count = panels.size() % 2 == 1 && i + 1 == panels.size() ? 1 : std::min<size_t>(2, panels.size() - i);
        rows.push_back({i, count});
        i += count;
    }
    // The overflow of the first panel (in reading order) that ends below the page.
    auto overflow = [&](const std::vector<SetPanel>& set, size_t& which) {
        double y = top;
        for (auto [first, count] : rows) {
            double row = 0;
            for (size_t k = first; k < first + count; ++k) {
                if (y + set[k].height > bottom + 0.01) {
                    which = k;
                    return y + set[k].height - bottom;
                }
                row = std::max(row, set[k].height);
            }
            y += row + gap;
        }
        return 0.0;
    };

    std::vector<SetPanel> set;
    double size = st.briefing_max;
    size_t which = 0;
    double over = 0;
    for (;; size -= st.briefing_step) {
        if (size < st.briefing_min - 1e-9) size = st.briefing_min;
        set_all(size, set);
        over = overflow(set, which);
        if (over <= 0 || size <= st.briefing_min + 1e-9) break;
    }
    if (over > 0) {
        const Node* h = panels[which].heading;
        int lines = static_cast<int>(std::ceil(over / set[which].line_height - 1e-6));
        setter.diagnostics.error({doc.source_path, h->line, h->column},
                                 "panel " + std::to_string(which + 1) + " \"" + plain_text(*h) + "\" overflows the page by " +
                                     std::to_string(lines) + (lines == 1 ? " line" : " lines") + " at " + points(st.briefing_min) + " pt",
                                 "shorten the panel's text: a 7-minute briefing is one A4 page");
        return false;
    }
    if (size <= st.briefing_min + near_minimum + 1e-9) warn_near_minimum(setter, doc, panels, set, size);

    // Draw: rows of two with heights equalised per row.
    double y = top;
    for (auto [first, count] : rows) {
        double row = 0;
        for (size_t k = first; k < first + count; ++k) row = std::max(row, set[k].height);
        for (size_t k = first; k < first + count; ++k) {
            double x = margin + (k - first) * (col_width + gap);
            double w = count == 1 ? inner_width : col_width;
            page.items.push_back(rect_item(x, y, w, row, st.tint));
            page.items.push_back(rect_item(x, y, 3, row, st.accent));
            FrameItem disc;
            disc.kind = ItemKind::circle;
            disc.w = size * 0.85;
            disc.x = x + pad + 3 + disc.w;
            disc.y = y + pad + size * 0.75;
            disc.fill = st.accent;
            page.items.push_back(disc);
            page.items.push_back(setter.label(disc.x, disc.y + size * 0.36, FontStyle::bold, size, std::to_string(k + 1), st.band_text, 'c'));
            page.items.back().element = set[k].heading;
            Page panel;
            place_pieces(set[k].flow.items, 0, panel, true);
            for (auto& item : panel.items) {
                item.x += x + pad;
                item.y += y + pad;
                page.items.push_back(std::move(item));
            }
        }
        y += row + gap;
    }
    page.items.push_back(setter.label(margin, st.page_height - 22, FontStyle::regular, st.small_size,
                                      setter.site.config.name + (setter.site.config.base_url.empty() ? "" : "  \u00b7  " + setter.site.config.base_url),
                                      st.muted));
    page.items.push_back(setter.label(st.page_width - margin, st.page_height - 22, FontStyle::regular, st.small_size,
                                      "7-minute briefing", st.muted, 'r'));
    for (size_t k = page.items.size() - 2; k < page.items.size(); ++k) page.items[k].artifact = Artifact::footer;
    setter.out.pages.push_back(std::move(page));
    return true;
}

}  // namespace publish::layout
