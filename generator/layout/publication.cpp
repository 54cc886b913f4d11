// The publication entry point: pick the kind, lay it out, add page furniture and document info.
#include "layout/publication_parts.h"

#include <algorithm>

namespace publish::layout {

Setter::Setter(const Site& s, LayoutServices& services, Diagnostics& d)
    : site(s), diagnostics(d), style(site_pdf_style(s, d)), widths(services.measurer),
      hyphenation(services.hyphenator), text{widths, hyphenation}, ctx{style, text, d, out.elements, &s, nullptr, 2, nullptr, {}} {
    ctx.internal_urls = &internal_urls;
}

Box Setter::body_box() const {
    Box box;
    box.left = style.margin_left;
    box.width = style.content_width();
    box.size = style.body_size;
    box.color = style.text;
    box.paragraph_space = style.paragraph_space * style.body_size;
    box.parent = 0;
    return box;
}

PageArea Setter::body_area() const { return {style.margin_top, style.page_height - style.margin_bottom}; }

FrameItem Setter::label(double x, double baseline, FontStyle font, double size, const std::string& s, Color color, char align) {
    double w = widths.width(font, s, size);
    if (align == 'r') x -= w;
    if (align == 'c') x -= w / 2;
    return text_item(x, baseline, font, size, s, color, -1);
}

std::string anchor_prefix(int document) { return std::string("d").append(std::to_string(document)).append("-"); }

std::string long_date(const std::string& iso) {
    static const char* months[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
    int month = std::atoi(iso.substr(5, 2).c_str()), day = std::atoi(iso.substr(8, 2).c_str());
    if (month < 1 || month > 12 || day < 1) return iso;
    return std::to_string(day) + " " + months[month - 1] + " " + iso.substr(0, 4);
}

PdfStyle site_pdf_style(const Site& site, Diagnostics& diagnostics) {
    std::string path = "themes/" + (site.config.theme.empty() ? std::string("default") : site.config.theme) + "/pdf.json";
    if (site.files)
        if (auto found = site.files->find(path); found != site.files->end())
            return parse_pdf_style(found->second, path, diagnostics);
    return PdfStyle{};
}

void add_page_chrome(Setter& setter, size_t first, bool header_on_first, const std::string& running_title) {
    const auto& st = setter.style;
    size_t total = setter.out.pages.size();
    double size = st.small_size;
    for (size_t p = first; p < total; ++p) {
        auto& items = setter.out.pages[p].items;
        double right = st.page_width - st.margin_right;
        if (p != first || header_on_first) {
            double y = st.margin_top - 26;
            items.push_back(setter.label(st.margin_left, y, FontStyle::regular, size, running_title, st.muted));
            items.push_back(setter.label(right, y, FontStyle::regular, size, setter.site.config.name, st.muted, 'r'));
            items.push_back(line_item(st.margin_left, y + 5, right, y + 5, 0.5, st.rule));
            for (size_t k = items.size() - 3; k < items.size(); ++k) items[k].artifact = Artifact::header;
        }
        double fy = st.page_height - st.margin_bottom + 30;
        items.push_back(setter.label(right, fy, FontStyle::regular, size,
                                     "Page " + std::to_string(p + 1) + " of " + std::to_string(total), st.muted, 'r'));
        std::string left = setter.site.config.short_name.empty() ? setter.site.config.name : setter.site.config.short_name;
        items.push_back(setter.label(st.margin_left, fy, FontStyle::regular, size, left, st.muted));
        for (size_t k = items.size() - 2; k < items.size(); ++k) items[k].artifact = Artifact::footer;
    }
}

std::vector<FlowItem> title_band(Setter& setter, const std::string& kicker, const std::string& title,
                                 const std::string& subtitle, int element, const std::string& anchor, double left) {
    const auto& st = setter.style;
    if (left < 0) left = st.margin_left;
    double width = st.page_width - 2 * left - 36;
    auto add = [&](Role role, int level) {
        setter.out.elements.push_back({role, element, level, nullptr, {}});
        return static_cast<int>(setter.out.elements.size()) - 1;
    };
    int kicker_el = add(Role::paragraph, 0), title_el = add(Role::heading, 1);
    int subtitle_el = subtitle.empty() ? -1 : add(Role::paragraph, 0);
    std::vector<Run> runs{{title, FontStyle::bold, st.heading_sizes[0] * 1.1, st.band_text, {}, title_el}};
    ParagraphFormat format{width, st.heading_sizes[0] * 1.1 * 1.2, st.heading_sizes[0] * 1.1, 'l', false};
    auto lines = set_paragraph(runs, format, setter.text);
    double top = 0;  // the band bleeds off the top edge
    double title_top = top + 58;
    double height = title_top - top + lines.size() * format.line_height + (subtitle.empty() ? 14 : 34);
    FlowItem band;
    band.height = height;
    band.items.push_back(rect_item(0, 0, st.page_width, height, st.accent));
    band.items.push_back(setter.label(left, 36, FontStyle::bold, st.small_size * 1.15, kicker, st.band_text));
    band.items.back().element = kicker_el;
    double y = title_top - top;
    for (auto& line : lines) {
        for (auto& item : line.items) {
            item.x += left;
            item.y += y;
            band.items.push_back(item);
        }
        y += line.height;
    }
    if (!subtitle.empty()) {
        band.items.push_back(setter.label(left, y + 14, FontStyle::regular, st.body_size, subtitle, st.band_text));
        band.items.back().element = subtitle_el;
    }
    FrameItem mark;
    mark.kind = ItemKind::anchor;
    mark.target = anchor;
    mark.text = title;
    mark.size = 1;
    band.items.push_back(mark);
    // Shift up so the band starts above the text area.
    for (auto& item : band.items) item.y -= st.margin_top - top;
    band.height -= st.margin_top - top;
    band.break_before = false;
    return {band};
}

std::optional<LaidOutDocument> layout_publication(const Site& site, int document, LayoutServices& services,
                                                  Diagnostics& diagnostics) {
    if (document < 0 || document >= static_cast<int>(site.documents.size())) return std::nullopt;
    const Document& doc = site.documents[document];
    Setter setter(site, services, diagnostics);
    setter.out.width = setter.style.page_width;
    setter.out.height = setter.style.page_height;
    setter.out.title = doc.meta.title;
    setter.out.author = site.config.name;
    setter.out.subject = doc.meta.summary.empty() ? std::string(doc_type_name(doc.type)) : doc.meta.summary;
    std::vector<std::string> words;
    for (const auto& id : doc.meta.themes) {
        auto found = std::find_if(site.config.themes.begin(), site.config.themes.end(), [&](const Term& t) { return t.id == id; });
        words.push_back(found == site.config.themes.end() ? id : found->title);
    }
    for (size_t i = 0; i < words.size(); ++i) setter.out.keywords += (i ? ", " : "") + words[i];
    setter.out.language = site.config.language;
    setter.out.date = site.build_date;
    setter.out.elements.push_back({Role::document, -1, 0, &doc.body, {}});

    int errors = diagnostics.error_count();
    if (doc.bundle_index && doc.bundle >= 0 && doc.bundle < static_cast<int>(site.bundles.size())) {
        layout_bundle(setter, site.bundles[doc.bundle]);
    } else if (doc.type == DocType::briefing) {
        if (!layout_briefing(setter, doc, document)) return std::nullopt;
    } else if (doc.type == DocType::bulletin) {
        layout_bulletin(setter, doc, document);
    } else {
        layout_page(setter, doc, document);
    }
    if (diagnostics.error_count() > errors) return std::nullopt;
    return std::move(setter.out);
}

void layout_page(Setter& setter, const Document& doc, int document) {
    Flow flow;
    Composer composer(setter.ctx, flow, doc, anchor_prefix(document));
    Box box = setter.body_box();
    std::string sub = doc.meta.updated.empty() ? long_date(doc.meta.date) : "Last updated " + long_date(doc.meta.updated);
    for (auto& piece : title_band(setter, setter.site.config.name, doc.meta.title, sub, 0, anchor_prefix(document) + "top"))
        flow.items.push_back(piece);
    composer.set_heading_policy({{}, 2, 2, 0});
    composer.blocks(doc.body, box);
    setter.out.pages = paginate(flow, setter.body_area(), setter.style);
    add_page_chrome(setter, 0, false, doc.meta.title);
}

}  // namespace publish::layout
