// Inline collection: emphasis, code, links and note references of a block → styled runs.
#include "layout/compose.h"

#include <algorithm>

namespace publish::layout {
namespace {

FontStyle with_bold(FontStyle f) {
    switch (f) {
        case FontStyle::regular: return FontStyle::bold;
        case FontStyle::italic: return FontStyle::bold_italic;
        default: return f;
    }
}

FontStyle with_italic(FontStyle f) {
    switch (f) {
        case FontStyle::regular: return FontStyle::italic;
        case FontStyle::bold: return FontStyle::bold_italic;
        case FontStyle::italic: return FontStyle::regular;  // emphasis inside italics reads upright
        case FontStyle::bold_italic: return FontStyle::bold;
        default: return f;
    }
}

bool has_scheme(const std::string& url) {
    for (const char* s : {"http://", "https://", "mailto:", "tel:"})
        if (url.rfind(s, 0) == 0) return true;
    return false;
}

}  // namespace

std::vector<Run> Composer::runs(const Node& node, FontStyle font, double size, Color color, int element) {
    Run style;
    style.font = font;
    style.size = size;
    style.color = color;
    style.element = element;
    std::vector<Run> out;
    const Node* outer = inline_block_;
    inline_block_ = &node;
    for (const auto& child : node.children) add_inlines(child, style, out);
    inline_block_ = outer;
    return out;
}

void Composer::check_glyphs(const std::string& text, FontStyle font, const Node& node) {
    for (size_t i = 0; i < text.size();) {
        char32_t cp = next_code_point(text, i);
        if (cp < 0x80) continue;
        if (cp <= 0xFFFF && ctx.text.widths.measurer().covers(font, cp)) continue;
        if (!ctx.warned.insert(cp).second) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        ctx.diagnostics.warning(where(node), std::string("character ") + code + " is not in any PDF font and is left out of the PDF");
    }
}

/// Keeps only characters the fonts can draw (the BMP; the writer cannot encode the rest).
static std::string drawable(const std::string& text, TextMeasurer& measurer, FontStyle font) {
    bool clean = true;
    for (unsigned char c : text) if (c >= 0x80) clean = false;
    if (clean) return text;
    std::string out;
    for (size_t i = 0; i < text.size();) {
        size_t start = i;
        char32_t cp = next_code_point(text, i);
        if (cp < 0x80 || (cp <= 0xFFFF && measurer.covers(font, cp))) out.append(text, start, i - start);
    }
    return out;
}

void Composer::add_inlines(const Node& node, Run style, std::vector<Run>& out) {
    auto add_text = [&](const std::string& text, const Run& s) {
        check_glyphs(text, s.font, node.line > 0 || !inline_block_ ? node : *inline_block_);
        Run r = s;
        r.text = drawable(text, ctx.text.widths.measurer(), s.font);
        if (!out.empty() && !out.back().hard_break && out.back().font == r.font && out.back().size == r.size &&
            out.back().color == r.color && out.back().link == r.link && out.back().element == r.element &&
            out.back().footnote == r.footnote && out.back().strike == r.strike && out.back().rise == r.rise)
            out.back().text += r.text;
        else
            out.push_back(std::move(r));
    };
    switch (node.kind) {
        case NodeKind::text: add_text(node.text, style); return;
        case NodeKind::soft_break: add_text(" ", style); return;
        case NodeKind::line_break: {
            Run r = style;
            r.hard_break = true;
            out.push_back(r);
            return;
        }
        case NodeKind::code: {
            Run r = style;
            r.font = FontStyle::mono;
            r.size = style.size * 0.9;
            add_text(node.text, r);
            return;
        }
        case NodeKind::emphasis: style.font = with_italic(style.font); break;
        case NodeKind::strong: style.font = with_bold(style.font); break;
        case NodeKind::strikethrough: style.strike = true; break;
        case NodeKind::link: {
            style.link = link_target(node);
            style.element = element(Role::link, style.element, &node);
            style.color = ctx.style.link;
            style.underline = true;
            break;
        }
        case NodeKind::image: {
            Run r = style;
            r.font = with_italic(style.font);
            add_text(node.text, r);
            return;
        }
        case NodeKind::footnote_reference: {
            auto def = footnote_defs_.find(node.id());
            int index = -1;
            if (auto known = footnote_index_.find(node.id()); known != footnote_index_.end()) {
                index = known->second;
            } else if (def != footnote_defs_.end()) {
                index = static_cast<int>(flow_.footnotes.size());
                footnote_index_[node.id()] = index;
                flow_.footnotes.emplace_back();
                // Compose the note's blocks into its own list of pieces.
                std::vector<FlowItem> saved;
                saved.swap(flow_.items);
                bool keep = keep_next_, brk = page_break_next_;
                keep_next_ = page_break_next_ = false;
                Box box;
                box.left = ctx.style.margin_left + ctx.style.footnote_size * 1.6;
                box.width = ctx.style.content_width() - ctx.style.footnote_size * 1.6;
                box.size = ctx.style.footnote_size;
                box.color = ctx.style.text;
                box.paragraph_space = 2;
                int home = style.element;  // the nearest section or the document
                while (home > 0 && ctx.elements[home].role != Role::section) home = ctx.elements[home].parent;
                box.parent = element(Role::footnote, std::max(home, 0), def->second);
                blocks(*def->second, box);
                std::string number = std::to_string(node.number > 0 ? node.number : index + 1);
                if (!flow_.items.empty()) {
                    auto& first = flow_.items.front();
                    first.space_before = 0;
                    double baseline = (box.size * ctx.style.leading - 1.362 * box.size) / 2 + 1.069 * box.size;
                    first.items.push_back(text_item(ctx.style.margin_left, baseline, FontStyle::regular, box.size, number,
                                                    ctx.style.accent, box.parent));
                    FrameItem mark;
                    mark.kind = ItemKind::anchor;
                    mark.target = anchor("fn-" + node.id());
                    mark.x = ctx.style.margin_left;
                    first.items.push_back(mark);
                }
                flow_.footnotes[index].swap(flow_.items);
                flow_.items.swap(saved);
                keep_next_ = keep;
                page_break_next_ = brk;
            } else {
                ctx.diagnostics.warning(where(node), "footnote \"" + node.id() + "\" has no definition");
                return;
            }
            Run r = style;
            r.size = style.size * 0.68;
            r.rise = style.size * 0.36;
            r.footnote = index;
            r.link = std::string("#").append(anchor("fn-" + node.id()));
            r.element = element(Role::note_reference, style.element, &node);
            out.push_back(r);
            out.back().text = std::to_string(node.number > 0 ? node.number : index + 1);
            return;
        }
        default: break;
    }
    for (const auto& child : node.children) add_inlines(child, style, out);
}

std::string Composer::link_target(const Node& link) const {
    const std::string& url = link.url();
    if (url.empty()) return {};
    if (url[0] == '#') return std::string("#").append(anchor(url.substr(1)));
    if (has_scheme(url)) return url;
    if (ctx.internal_urls) {
        std::string path = url, fragment;
        if (auto hash = path.find('#'); hash != std::string::npos) fragment = path.substr(hash + 1), path.resize(hash);
        std::string bare = path;
        if (!ctx.site->config.base_path.empty() && bare.rfind(ctx.site->config.base_path, 0) == 0)
            bare = bare.substr(ctx.site->config.base_path.size());
        while (!bare.empty() && bare[0] == '/') bare.erase(0, 1);
        if (auto found = ctx.internal_urls->find(bare); found != ctx.internal_urls->end())
            return std::string("#").append(fragment.empty() ? found->second : found->second.substr(0, found->second.find('-') + 1) + fragment);
    }
    std::string base = ctx.site ? ctx.site->config.base_url : std::string();
    if (url[0] == '/') {
        auto scheme = base.find("://");
        auto host_end = scheme == std::string::npos ? std::string::npos : base.find('/', scheme + 3);
        return (host_end == std::string::npos ? base : base.substr(0, host_end)) + url;
    }
    return base + url;
}

}  // namespace publish::layout
