// The cover page and the contents pages (dot leaders, page numbers, links) of a long document.
#include <cmath>

#include "layout/publication_parts.h"

namespace publish::layout {

namespace {

/// A new structure element of the cover or contents, in the document.
int add_element(Setter& setter, Role role, int parent = 0, int level = 0) {
    setter.out.elements.push_back({role, parent, level, nullptr, {}});
    return static_cast<int>(setter.out.elements.size()) - 1;
}

}  // namespace

Page cover_page(Setter& setter, const Document& index, int document) {
    const auto& st = setter.style;
    Page page;
    double band_h = st.page_height * 0.46;
    page.items.push_back(rect_item(0, 0, st.page_width, band_h, st.accent));
    page.items.push_back(setter.label(st.margin_left, 90, FontStyle::bold, 11, setter.site.config.name, st.band_text));
    page.items.back().element = add_element(setter, Role::paragraph);
    int el = static_cast<int>(setter.out.elements.size());
    setter.out.elements.push_back({Role::heading, 0, 1, nullptr, {}});
    double size = 30;
    std::vector<Run> runs{{index.meta.title, FontStyle::bold, size, st.band_text, {}, el}};
    ParagraphFormat format{st.content_width(), size * 1.18, size, 'l', false};
    auto lines = set_paragraph(runs, format, setter.text);
    double y = band_h - 60 - lines.size() * format.line_height;
    FrameItem mark;
    mark.kind = ItemKind::anchor;
    mark.target = anchor_prefix(document) + "top";
    mark.text = index.meta.title;
    mark.size = 1;
    mark.y = y;
    page.items.push_back(mark);
    for (auto& line : lines) {
        for (auto& item : line.items) {
            item.x += st.margin_left;
            item.y += y;
            page.items.push_back(item);
        }
        y += line.height;
    }
    std::string when = !index.meta.period.empty() ? index.meta.period : long_date(index.meta.date);
    if (!index.meta.period.empty() && index.meta.period.size() == 7) when = index.meta.period.substr(0, 4) + " to 20" + index.meta.period.substr(5);
    if (!when.empty() && index.meta.title.find(when) == std::string::npos)  // not "Annual report 2023 to 2024 / 2023 to 2024"
    {
        page.items.push_back(setter.label(st.margin_left, y + 22, FontStyle::regular, 14, when, st.band_text));
        page.items.back().element = add_element(setter, Role::paragraph);
    }
    // Logo and publication details below the band.
    double info_y = band_h + 60;
    if (!setter.site.config.logo.empty() && setter.site.files) {
        std::string path = setter.site.config.logo.rfind("content/", 0) == 0 ? setter.site.config.logo : "content/" + setter.site.config.logo;
        if (auto found = setter.site.files->find(path); found != setter.site.files->end()) {
            int pw = 0, ph = 0;
            if (image_size(found->second, pw, ph)) {
                FrameItem img;
                img.kind = ItemKind::image;
                img.h = 60;
                img.w = std::min(200.0, 60.0 * pw / ph);
                img.h = img.w * ph / pw;
                img.x = st.margin_left;
                img.y = info_y;
                img.target = path;
                int logo = static_cast<int>(setter.out.elements.size());
                setter.out.elements.push_back({Role::figure, 0, 0, nullptr, setter.site.config.name + " logo"});
                img.element = logo;
                page.items.push_back(img);
                info_y += img.h + 30;
            }
        }
    }
    if (!index.meta.summary.empty()) {
        std::vector<Run> sum{{index.meta.summary, FontStyle::regular, 12, st.text, {}, add_element(setter, Role::paragraph)}};
        ParagraphFormat f{st.content_width() * 0.8, 12 * 1.45, 12, 'l', true};
        for (auto& line : set_paragraph(sum, f, setter.text)) {
            for (auto& item : line.items) {
                item.x += st.margin_left;
                item.y += info_y;
                page.items.push_back(item);
            }
            info_y += line.height;
        }
        info_y += 16;
    }
    std::string published = "Published " + long_date(index.meta.date.empty() ? setter.site.build_date : index.meta.date);
    page.items.push_back(setter.label(st.margin_left, st.page_height - st.margin_bottom, FontStyle::regular, 9, published, st.muted));
    page.items.back().element = add_element(setter, Role::paragraph);
    if (!setter.site.config.base_url.empty()) {
        page.items.push_back(setter.label(st.page_width - st.margin_right, st.page_height - st.margin_bottom, FontStyle::regular, 9,
                                          setter.site.config.base_url, st.muted, 'r'));
        page.items.back().element = add_element(setter, Role::paragraph);
    }
    return page;
}

std::vector<Page> contents_pages(Setter& setter, const std::map<std::string, int>& pages) {
    const auto& st = setter.style;
    Flow flow;
    Box box = setter.body_box();
    int title = add_element(setter, Role::heading, 0, 1);
    int toc = add_element(setter, Role::toc);
    {
        std::vector<Run> r{{"Contents", FontStyle::bold, st.heading_sizes[0], st.accent, {}, title}};
        ParagraphFormat f{box.width, st.heading_sizes[0] * 1.3, st.heading_sizes[0], 'l', false};
        for (auto& line : set_paragraph(r, f, setter.text)) {
            FlowItem piece;
            piece.height = line.height + 10;
            for (auto& item : line.items) item.x += box.left, piece.items.push_back(item);
            flow.items.push_back(piece);
        }
    }
    double size = box.size;
    double number_col = 30, page_col = 28;
    double dot = setter.widths.width(FontStyle::regular, ". ", size);
    double right = box.left + box.width;
    for (const auto& entry : setter.contents) {
        // Each entry is a link (number, title, page) inside its contents item.
        int el = add_element(setter, Role::link, add_element(setter, Role::toc_item, toc, entry.depth));
        bool top = entry.depth <= 1;
        FontStyle font = top ? FontStyle::bold : FontStyle::regular;
        double indent = top ? 0 : number_col;
        double num_w = top ? number_col : 34;
        double text_left = box.left + indent + (entry.number.empty() ? 0 : num_w);
        std::vector<Run> r{{entry.title, font, size, st.text, {}, el}};
        ParagraphFormat f{right - page_col - 12 - text_left, size * 1.4, size, 'l', false};
        auto lines = set_paragraph(r, f, setter.text);
        auto page = pages.find(entry.anchor);
        std::string number = page == pages.end() ? "00" : std::to_string(page->second);
        for (size_t i = 0; i < lines.size(); ++i) {
            FlowItem piece;
            piece.height = lines[i].height;
            piece.space_before = i == 0 ? (top ? size * 0.9 : size * 0.15) : 0;
            piece.break_before = i == 0;
            for (auto& item : lines[i].items) {
                if (item.kind == ItemKind::line) continue;  // no underline in the contents
                if (item.kind == ItemKind::text) item.fill = st.text;
                item.x += text_left;
                piece.items.push_back(item);
            }
            double baseline = lines[i].baseline;
            if (i == 0 && !entry.number.empty())
                piece.items.insert(piece.items.begin(), text_item(box.left + indent, baseline, font, size, entry.number, st.accent, el));
            if (i + 1 == lines.size()) {
                // Dot leaders on a common grid so the dots line up from entry to entry.
                double from = std::ceil((text_left + lines[i].width + 6) / dot) * dot;
                double to = right - setter.widths.width(font, number, size) - 6;
                std::string dots;
                double x = from;
                while (x + dot <= to) dots += ". ", x += dot;
                if (!dots.empty()) piece.items.push_back(text_item(from, baseline, FontStyle::regular, size, dots, st.muted, -1));
                piece.items.push_back(setter.label(right, baseline, font, size, number, st.text, 'r'));
                piece.items.back().element = el;
                FrameItem link;
                link.kind = ItemKind::link;
                link.x = box.left;
                link.y = 0;
                link.w = box.width;
                link.h = piece.height;
                link.target = std::string("#").append(entry.anchor);
                link.element = el;
                piece.items.push_back(link);
            }
            flow.items.push_back(std::move(piece));
        }
    }
    return paginate(flow, setter.body_area(), st);
}

}  // namespace publish::layout
