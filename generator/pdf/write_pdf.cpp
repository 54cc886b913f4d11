// The frame exporter: one switch over frame items in marked content, then outlines, links, info, tags.
#include "pdf/write_pdf.h"

#include <charconv>
#include <cmath>
#include <map>
#include <string_view>
#include <vector>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "layout/structure.h"
#include "pdf/tags.h"

namespace publish::pdf {
namespace {

using layout::FrameItem;
using layout::ItemKind;

struct Target {
    HPDF_Page page = nullptr;
    double top = 0;  ///< PDF y
};

class Writer {
public:
    Writer(HPDF_Doc pdf, PdfFonts& fonts, const layout::LaidOutDocument& doc, const FileMap* files)
        : pdf_(pdf), fonts_(fonts), doc_(doc), files_(files) {}

    void run() {
        info();
        for (size_t i = 0; i < doc_.pages.size(); ++i) {
            HPDF_Page page = HPDF_AddPage(pdf_);
            HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(doc_.width));
            HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(doc_.height));
            pages_.push_back(page);
        }
        // Anchors first: links may point forwards.
        for (size_t i = 0; i < doc_.pages.size(); ++i)
            for (const auto& item : doc_.pages[i].items)
                if (item.kind == ItemKind::anchor) targets_.emplace(item.target, Target{pages_[i], doc_.height - item.y + 6});
        // Every item inside marked content: its element's MCID, or an artifact.
        tree_ = layout::build_structure(doc_);
        annotations_.resize(doc_.pages.size());
        for (size_t i = 0; i < doc_.pages.size(); ++i) {
            state_ = {};
            const auto& items = doc_.pages[i].items;
            const auto& marks = tree_.pages[i];
            annotations_[i].assign(items.size(), nullptr);
            for (size_t k = 0; k < items.size(); ++k) {
                const FrameItem& item = items[k];
                if (item.kind == ItemKind::anchor) continue;
                if (item.kind == ItemKind::link) {
                    annotations_[i][k] = link(pages_[i], item);
                    continue;
                }
                int mcid = marks.item_mcid[k];
                mark(pages_[i], mcid >= 0 ? mcid : artifact_mark(item.artifact), mcid >= 0 ? tree_.nodes[marks.mcid_node[mcid]].type : "");
                if (item.kind == ItemKind::text && mcid >= 0 && ends_line(items, marks, k)) {
                    FrameItem spaced = item;  // a space where the line ends, so text read through the tags keeps its words apart
                    spaced.text += ' ';
                    draw(pages_[i], spaced);
                } else {
                    draw(pages_[i], item);
                }
            }
            mark(pages_[i], no_mark, "");
        }
        outlines();
        write_structure_tree(pdf_, tree_, pages_, annotations_);
        write_accessibility_metadata(pdf_, doc_);
    }

private:
    double py(double y) const { return doc_.height - y; }

    void info() {
        HPDF_SetInfoAttr(pdf_, HPDF_INFO_TITLE, doc_.title.c_str());
        HPDF_SetInfoAttr(pdf_, HPDF_INFO_AUTHOR, doc_.author.c_str());
        HPDF_SetInfoAttr(pdf_, HPDF_INFO_CREATOR, "publish " PUBLISH_VERSION);
        if (!doc_.subject.empty()) HPDF_SetInfoAttr(pdf_, HPDF_INFO_SUBJECT, doc_.subject.c_str());
        if (!doc_.keywords.empty()) HPDF_SetInfoAttr(pdf_, HPDF_INFO_KEYWORDS, doc_.keywords.c_str());
        if (doc_.date.size() == 10) {
            HPDF_Date d{std::atoi(doc_.date.substr(0, 4).c_str()), std::atoi(doc_.date.substr(5, 2).c_str()),
                        std::atoi(doc_.date.substr(8, 2).c_str()), 0, 0, 0, 'Z', 0, 0};
            HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, d);
            HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_MOD_DATE, d);
        }
        if (!doc_.language.empty())  // no public API for /Lang: the catalog is reachable through hpdf_doc.h
            HPDF_Dict_Add(pdf_->catalog, "Lang", HPDF_String_New(pdf_->mmgr, doc_.language.c_str(), nullptr));
        HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
    }

    void fill(HPDF_Page page, layout::Color c) {
        if (state_.has_fill && state_.fill == c) return;
        HPDF_Page_SetRGBFill(page, c.r, c.g, c.b);
        state_.fill = c;
        state_.has_fill = true;
    }

    void stroke(HPDF_Page page, const FrameItem& item) {
        HPDF_Page_SetRGBStroke(page, item.stroke.r, item.stroke.g, item.stroke.b);
        HPDF_Page_SetLineWidth(page, item.line_width);
    }

    /// Fills and/or outlines the path just built, as the item asks (colours already set).
    void paint(HPDF_Page page, const FrameItem& item) {
        bool outline = item.line_width > 0;
        if (item.filled && outline) HPDF_Page_FillStroke(page);
        else if (item.filled) HPDF_Page_Fill(page);
        else if (outline) HPDF_Page_Stroke(page);
        else HPDF_Page_EndPath(page);
    }

    /// True if text item k is followed, in the same marked content, by text on another line or
    /// after a gap (a number and its title), and does not end with a space or a hyphen already.
    bool ends_line(const std::vector<FrameItem>& items, const layout::PageMarks& marks, size_t k) {
        const FrameItem& item = items[k];
        if (item.text.empty() || item.text.back() == ' ' || item.text.back() == '-') return false;
        for (size_t n = k + 1; n < items.size(); ++n) {
            const FrameItem& next = items[n];
            if (next.kind == ItemKind::anchor || next.kind == ItemKind::link) continue;
            if (next.kind != ItemKind::text || marks.item_mcid[n] != marks.item_mcid[k]) return false;
            if (std::abs(next.y - item.y) > 0.01 || next.x < item.x) return true;
            double end = item.x;
            for (size_t i = 0; i < item.text.size();) {
                char32_t cp = layout::next_code_point(item.text, i);
                if (cp <= 0xFFFF && fonts_.face_of(item.font, cp)) end += fonts_.known_advance(item.font, cp) * item.size / 1000.0;
            }
            return next.x > end + item.size * 0.2;
        }
        return false;
    }

    static constexpr int no_mark = -100;
    static int artifact_mark(layout::Artifact kind) { return -1 - static_cast<int>(kind); }

    /// Switches the open marked-content sequence (an MCID ≥ 0, an artifact < 0, or none). Sequences
    /// are always opened outside text objects, so text objects nest inside them.
    void mark(HPDF_Page page, int id, const std::string& type) {
        if (state_.mark == id) return;
        end_text(page);
        std::string op = state_.mark != no_mark ? "EMC\n" : "";
        if (id >= 0) op += begin_marked_content(type, id);
        else if (id != no_mark) op += begin_artifact(static_cast<layout::Artifact>(-1 - id));
        state_.mark = id;
        write(page, op);
    }

    /// Writes operators straight into the page's content stream.
    static void write(HPDF_Page page, const std::string& op) {
        HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page->attr)->stream, reinterpret_cast<const HPDF_BYTE*>(op.data()),
                          static_cast<HPDF_UINT>(op.size()));
    }

    /// Text objects stay open across consecutive text items (fewer operators, smaller streams).
    void begin_text(HPDF_Page page) {
        if (!state_.in_text) HPDF_Page_BeginText(page), state_.in_text = true;
    }
    void end_text(HPDF_Page page) {
        if (state_.in_text) HPDF_Page_EndText(page), state_.in_text = false;
    }

    void draw(HPDF_Page page, const FrameItem& item) {
        if (item.kind != ItemKind::text) end_text(page);
        switch (item.kind) {
            case ItemKind::text: text(page, item); break;
            case ItemKind::rect:
                fill(page, item.fill);
                if (item.line_width > 0) stroke(page, item);  // colours before the path: not allowed inside it
                HPDF_Page_Rectangle(page, item.x, py(item.y + item.h), item.w, item.h);
                paint(page, item);
                break;
            case ItemKind::line:
                stroke(page, item);
                if (item.dashed) {
                    const HPDF_UINT16 dash[] = {3};
                    HPDF_Page_SetDash(page, dash, 1, 0);
                }
                HPDF_Page_MoveTo(page, item.x, py(item.y));
                HPDF_Page_LineTo(page, item.x + item.w, py(item.y + item.h));
                HPDF_Page_Stroke(page);
                if (item.dashed) HPDF_Page_SetDash(page, nullptr, 0, 0);
                break;
            case ItemKind::polyline:
                if (item.points.empty()) break;
                stroke(page, item);
                HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
                HPDF_Page_MoveTo(page, item.x + item.points[0].first, py(item.y + item.points[0].second));
                for (size_t i = 1; i < item.points.size(); ++i)
                    HPDF_Page_LineTo(page, item.x + item.points[i].first, py(item.y + item.points[i].second));
                HPDF_Page_Stroke(page);
                HPDF_Page_SetLineJoin(page, HPDF_MITER_JOIN);
                break;
            case ItemKind::circle:
                fill(page, item.fill);
                if (item.line_width > 0) stroke(page, item);
                HPDF_Page_Circle(page, item.x, py(item.y), item.w);
                paint(page, item);
                break;
            case ItemKind::arc:
                // A pie slice: centre, arc (clockwise from 12 o'clock, as libharu measures), back to centre.
                fill(page, item.fill);
                HPDF_Page_MoveTo(page, item.x, py(item.y));
                HPDF_Page_LineTo(page, item.x + item.w * std::sin(item.start * M_PI / 180), py(item.y) + item.w * std::cos(item.start * M_PI / 180));
                HPDF_Page_Arc(page, item.x, py(item.y), item.w, item.start, item.end);
                HPDF_Page_LineTo(page, item.x, py(item.y));
                HPDF_Page_Fill(page);
                break;
            case ItemKind::image: image(page, item); break;
            case ItemKind::link:
            case ItemKind::anchor: break;  // not drawn: annotations and destinations
        }
    }

    /// Text in runs of one font: the main face, or the fallback for glyphs it lacks.
    void text(HPDF_Page page, const FrameItem& item) {
        fill(page, item.fill);
        begin_text(page);
        double x = item.x;
        std::string segment;
        HPDF_Font current = nullptr;
        double segment_x = x;
        auto flush = [&] {
            if (segment.empty() || !current) return;
            if (current != state_.font || item.size != state_.size) {
                HPDF_Page_SetFontAndSize(page, current, static_cast<HPDF_REAL>(item.size));
                state_.font = current;
                state_.size = item.size;
            }
            show_text(page, segment_x, py(item.y), segment);
            segment.clear();
        };
        const std::string& s = item.text;
        int face = 0;
        for (size_t i = 0; i < s.size();) {
            size_t start = i;
            char32_t cp = layout::next_code_point(s, i);
            if (cp > 0xFFFF) continue;
            int f = fonts_.face_of(item.font, cp);
            if (f == 3) f = 1;  // no face has it: layout warned; the main face draws .notdef
            if (f != face) {
                flush();
                face = f;
                current = fonts_.font_for(item.font, cp);
                segment_x = x;
            }
            segment.append(s, start, i - start);
            x += fonts_.known_advance(item.font, cp) * item.size / 1000.0;
        }
        flush();
    }

    /// Writes "1 0 0 1 x y Tm (UCS-2 bytes) Tj" straight into the page's content stream.
    /// libharu's TextOut would measure the text again glyph by glyph (a fifth of the run time);
    /// layout has measured it already, the font was selected through the API (so the page's
    /// resources list it) and every glyph was flagged for the subset when PdfFonts looked it up.
    /// The two bytes of each code go into a literal string as they are (only `(`, `)`, `\` and
    /// CR escaped): half the bytes of hex, so the page streams are half as long to compress.
    void show_text(HPDF_Page page, double x, double y, const std::string& utf8) {
        std::string& op = buffer_;
        op.clear();
        op += "1 0 0 1 ";
        append_number(op, x);
        op += ' ';
        append_number(op, y);
        op += " Tm (";
        auto put = [&op](unsigned char b) {
            if (b == '(' || b == ')' || b == '\\') op += '\\';
            if (b == '\r') {
                op += "\\r";
                return;
            }
            op += static_cast<char>(b);
        };
        for (size_t i = 0; i < utf8.size();) {
            char32_t cp = layout::next_code_point(utf8, i);
            if (cp > 0xFFFF) continue;
            put(static_cast<unsigned char>(cp >> 8));
            put(static_cast<unsigned char>(cp & 0xFF));
        }
        op += ") Tj\n";
        write(page, op);
    }

    /// A coordinate with at most two decimals, independent of the C locale.
    static void append_number(std::string& out, double v) {
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed, 2);
        std::string_view s(buf, r.ptr - buf);
        while (s.back() == '0') s.remove_suffix(1);
        if (s.back() == '.') s.remove_suffix(1);
        if (s == "-0") s = "0";
        out += s;
    }

    void image(HPDF_Page page, const FrameItem& item) {
        auto cached = images_.find(item.target);
        HPDF_Image img = nullptr;
        if (cached != images_.end()) {
            img = cached->second;
        } else if (files_) {
            if (auto found = files_->find(item.target); found != files_->end()) {
                const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(found->second.data());
                auto size = static_cast<HPDF_UINT>(found->second.size());
                img = found->second.compare(0, 4, "\x89PNG") == 0 ? HPDF_LoadPngImageFromMem(pdf_, bytes, size)
                                                                 : HPDF_LoadJpegImageFromMem(pdf_, bytes, size);
                if (!img) HPDF_ResetError(pdf_);
            }
            images_[item.target] = img;
        }
        if (img) HPDF_Page_DrawImage(page, img, item.x, py(item.y + item.h), item.w, item.h);
    }

    /// The link annotation of an item (null if its internal target does not exist).
    HPDF_Annotation link(HPDF_Page page, const FrameItem& item) {
        HPDF_Rect rect{static_cast<HPDF_REAL>(item.x), static_cast<HPDF_REAL>(py(item.y + item.h)),
                       static_cast<HPDF_REAL>(item.x + item.w), static_cast<HPDF_REAL>(py(item.y))};
        HPDF_Annotation annot = nullptr;
        if (!item.target.empty() && item.target[0] == '#') {
            auto found = targets_.find(item.target.substr(1));
            if (found == targets_.end()) return nullptr;
            annot = HPDF_Page_CreateLinkAnnot(page, rect, destination(found->second));
        } else if (!item.target.empty()) {
            annot = HPDF_Page_CreateURILinkAnnot(page, rect, item.target.c_str());
        }
        if (annot) HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
        return annot;
    }

    HPDF_Destination destination(const Target& t) {
        HPDF_Destination dst = HPDF_Page_CreateDestination(t.page);
        HPDF_Destination_SetFitH(dst, static_cast<HPDF_REAL>(std::min(t.top, doc_.height)));
        return dst;
    }

    /// Bookmarks from the anchors that carry an outline level, nested by level.
    void outlines() {
        HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
        std::vector<std::pair<int, HPDF_Outline>> stack;
        for (size_t i = 0; i < doc_.pages.size(); ++i)
            for (const auto& item : doc_.pages[i].items) {
                if (item.kind != ItemKind::anchor || item.size < 1 || item.text.empty()) continue;
                int level = static_cast<int>(item.size);
                while (!stack.empty() && stack.back().first >= level) stack.pop_back();
                HPDF_Outline parent = stack.empty() ? nullptr : stack.back().second;
                HPDF_Outline o = HPDF_CreateOutline(pdf_, parent, item.text.c_str(), utf8);
                HPDF_Outline_SetOpened(o, level < 2 ? HPDF_TRUE : HPDF_FALSE);
                HPDF_Outline_SetDestination(o, destination(Target{pages_[i], doc_.height - item.y + 6}));
                stack.push_back({level, o});
            }
    }

    /// Graphics state already set on the current page.
    struct State {
        bool in_text = false;
        bool has_fill = false;
        layout::Color fill;
        HPDF_Font font = nullptr;
        double size = 0;
        int mark = no_mark;  ///< the open marked-content sequence
    };

    HPDF_Doc pdf_;
    PdfFonts& fonts_;
    State state_;
    std::string buffer_;
    const layout::LaidOutDocument& doc_;
    const FileMap* files_;
    std::vector<HPDF_Page> pages_;
    std::map<std::string, Target> targets_;
    std::map<std::string, HPDF_Image> images_;
    layout::StructTree tree_;
    std::vector<std::vector<HPDF_Annotation>> annotations_;  ///< per page, per item
};

}  // namespace

std::optional<std::string> write_pdf(HPDF_Doc pdf, PdfFonts& fonts, const layout::LaidOutDocument& doc,
                                     const FileMap* files, Diagnostics& diagnostics, const std::string& source_path) {
    Writer(pdf, fonts, doc, files).run();
    if (HPDF_SaveToStream(pdf) != HPDF_OK) {
        diagnostics.error({source_path, 0, 0}, "cannot write the PDF (libharu error " + std::to_string(HPDF_GetError(pdf)) + ")");
        return std::nullopt;
    }
    std::string bytes(HPDF_GetStreamSize(pdf), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ResetStream(pdf);
    HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    return bytes;
}

}  // namespace publish::pdf
