// Setting a paragraph: runs → words and spaces (with hyphenation points) → breaks → lines.
#include "layout/paragraph.h"

#include <algorithm>
#include <cmath>

#include "layout/linebreak.h"

namespace publish::layout {
namespace {

/// A slice of one run's text.
struct Fragment {
    int run = 0;
    std::string_view text;  ///< into the run's text (runs outlive setting)
};

/// The break items with what each stands for.
struct Prepared {
    std::vector<BreakItem> items;
    std::vector<Fragment> fragments;
    std::vector<std::pair<uint32_t, uint32_t>> spans;  ///< per item: its fragments [first, last)
    std::vector<int> run_of;                   ///< glue/penalty: the run whose font it uses
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

class Preparer {
public:
    Preparer(const std::vector<Run>& runs, TextServices& services, bool hyphenate)
        : runs_(runs), services_(services), hyphenate_(hyphenate) {}

    Prepared prepare() {
        for (int r = 0; r < static_cast<int>(runs_.size()); ++r) {
            const Run& run = runs_[r];
            if (run.hard_break) {
                flush_word(true);
                drop_trailing_glue();
                push(BreakItem{BreakItem::penalty, 0, 0, false, true}, r);
                continue;
            }
            size_t i = 0;
            while (i < run.text.size()) {
                if (is_space(run.text[i])) {
                    flush_word(false);
                    if (!out_.items.empty() && out_.items.back().type == BreakItem::box)
                        push(BreakItem{BreakItem::glue, space_width(r)}, r);
                    ++i;
                    continue;
                }
                size_t j = i;
                while (j < run.text.size() && !is_space(run.text[j])) ++j;
                word_.push_back({r, std::string_view(run.text).substr(i, j - i)});
                i = j;
            }
        }
        flush_word(true);  // the last word is never hyphenated
        drop_trailing_glue();
        push(BreakItem{BreakItem::penalty, 0, 0, false, true}, runs_.empty() ? 0 : static_cast<int>(runs_.size()) - 1);
        return std::move(out_);
    }

private:
    double space_width(int r) { return services_.widths.width(runs_[r].font, " ", runs_[r].size); }
    double frag_width(const Fragment& f) { return services_.widths.width(runs_[f.run].font, f.text, runs_[f.run].size); }

    void push(BreakItem item, int run, uint32_t first = 0, uint32_t last = 0) {
        out_.items.push_back(item);
        out_.spans.push_back({first, last});
        out_.run_of.push_back(run);
    }
    void drop_trailing_glue() {
        while (!out_.items.empty() && out_.items.back().type == BreakItem::glue) {
            out_.items.pop_back();
            out_.spans.pop_back();
            out_.run_of.pop_back();
        }
    }
    /// A box of the fragments added since `first`.
    void push_box(uint32_t first) {
        double w = 0;
        auto last = static_cast<uint32_t>(out_.fragments.size());
        for (uint32_t k = first; k < last; ++k) w += frag_width(out_.fragments[k]);
        int run = last > first ? out_.fragments[last - 1].run : 0;
        push(BreakItem{BreakItem::box, w}, run, first, last);
    }

    /// Emits the pending word as boxes separated by hyphenation penalties.
    void flush_word(bool last) {
        if (word_.empty()) return;
        cuts_.clear();  // offset into the word, needs a hyphen
        size_t total = 0;
        for (const auto& f : word_) {
            for (size_t k = 0; k < f.text.size(); ++k)
                if ((f.text[k] == '-' || f.text[k] == '/') && total + k > 0) cuts_.push_back({total + k + 1, false});
            total += f.text.size();
        }
        if (hyphenate_ && !last && total >= 5) {
            whole_.clear();
            for (const auto& f : word_) whole_.append(f.text);
            // Hyphenate each hyphen-free part on its own (multi-agency → multi-|agen-cy).
            size_t part = 0;
            for (size_t k = 0; k <= whole_.size(); ++k) {
                if (k == whole_.size() || whole_[k] == '-' || whole_[k] == '/') {
                    if (k - part >= 5)
                        for (size_t p : services_.hyphenation.points(std::string_view(whole_).substr(part, k - part)))
                            cuts_.push_back({part + p, true});
                    part = k + 1;
                }
            }
            std::sort(cuts_.begin(), cuts_.end());
        }
        size_t offset = 0, frag = 0, in_frag = 0;
        auto take_until = [&](size_t end) {
            auto first = static_cast<uint32_t>(out_.fragments.size());
            while (offset < end && frag < word_.size()) {
                const auto& f = word_[frag];
                size_t n = std::min(end - offset, f.text.size() - in_frag);
                out_.fragments.push_back({f.run, f.text.substr(in_frag, n)});
                offset += n;
                in_frag += n;
                if (in_frag == f.text.size()) ++frag, in_frag = 0;
            }
            return first;
        };
        for (auto [cut, hyphen] : cuts_) {
            if (cut <= offset || cut >= total) continue;
            push_box(take_until(cut));
            int run = out_.fragments.back().run;
            double hw = hyphen ? services_.widths.width(runs_[run].font, "-", runs_[run].size) : 0;
            push(BreakItem{BreakItem::penalty, hw, hyphen ? 12.0 : 2.0, hyphen, false}, run);
        }
        push_box(take_until(total));
        word_.clear();
    }

    const std::vector<Run>& runs_;
    TextServices& services_;
    bool hyphenate_;
    std::vector<Fragment> word_;
    std::vector<std::pair<size_t, bool>> cuts_;
    std::string whole_;
    Prepared out_;
};

/// Placed pieces of one line, merged into frame items per run.
void finalize_line(const Prepared& prep, size_t first, size_t end, const std::vector<Run>& runs,
                   const ParagraphFormat& format, TextServices& services, Line& line) {
    struct Placed { int run; std::string text; double x, w; };
    std::vector<Placed> placed;
    double x = 0;
    auto add = [&](int run, std::string_view text, double w) {
        if (!placed.empty() && placed.back().run == run) {
            placed.back().text += text;
            placed.back().w += w;
        } else {
            placed.push_back({run, std::string(text), x, w});
        }
        x += w;
    };
    for (size_t i = first; i < end; ++i) {
        const auto& item = prep.items[i];
        if (item.type == BreakItem::box) {
            for (uint32_t k = prep.spans[i].first; k < prep.spans[i].second; ++k) {
                const Fragment& f = prep.fragments[k];
                const Run& r = runs[f.run];
                add(f.run, f.text, services.widths.width(r.font, f.text, r.size));
            }
        } else if (item.type == BreakItem::glue) {
            add(prep.run_of[i], " ", item.width);
        }
    }
    if (end < prep.items.size()) {
        const auto& brk = prep.items[end];
        if (brk.type == BreakItem::penalty && brk.flagged && brk.width > 0) {
            add(prep.run_of[end], "-", brk.width);
            line.hyphenated = true;
        }
    }
    // Trailing spaces carry no ink.
    while (!placed.empty() && !placed.back().text.empty() && placed.back().text.back() == ' ') {
        const Run& r = runs[placed.back().run];
        double sw = services.widths.width(r.font, " ", r.size);
        placed.back().text.pop_back();
        placed.back().w -= sw;
        x -= sw;
        if (placed.back().text.empty()) placed.pop_back();
    }
    line.width = x;
    line.height = format.line_height;
    line.baseline = (format.line_height - 1.362 * format.size) / 2 + 1.069 * format.size;
    double shift = format.align == 'r' ? format.width - x : format.align == 'c' ? (format.width - x) / 2 : 0;
    for (const auto& p : placed) {
        const Run& r = runs[p.run];
        double px = p.x + shift;
        double base = line.baseline - r.rise;
        line.items.push_back(text_item(px, base, r.font, r.size, p.text, r.color, r.element));
        if (r.strike) line.items.push_back(line_item(px, base - r.size * 0.28, px + p.w, base - r.size * 0.28, r.size * 0.06, r.color));
        if (r.underline) line.items.push_back(line_item(px, base + r.size * 0.13, px + p.w, base + r.size * 0.13, r.size * 0.05, r.color));
        if (!r.link.empty()) {
            FrameItem link;
            link.kind = ItemKind::link;
            link.x = px;
            link.y = base - r.size * 0.95;
            link.w = p.w;
            link.h = r.size * 1.25;
            link.target = r.link;
            link.element = r.element;
            if (!line.items.empty() && line.items.size() >= 2) {
                // Merge with the previous link rectangle to the same target on this line.
                for (auto it = line.items.rbegin(); it != line.items.rend(); ++it) {
                    if (it->kind == ItemKind::link && it->target == r.link && std::abs(it->x + it->w - px) < 0.01) {
                        it->w += p.w;
                        link.w = -1;
                        break;
                    }
                }
            }
            if (link.w >= 0) line.items.push_back(link);
        }
        if (r.footnote >= 0 && (line.footnotes.empty() || line.footnotes.back() != r.footnote))
            line.footnotes.push_back(r.footnote);
    }
}

}  // namespace

std::vector<Line> set_paragraph(const std::vector<Run>& runs, const ParagraphFormat& format, TextServices& services) {
    Prepared prep = Preparer(runs, services, format.hyphenate).prepare();
    bool any_box = false;
    for (const auto& item : prep.items) any_box = any_box || item.type == BreakItem::box;
    if (!any_box) return {};
    auto breaks = break_lines(prep.items, format.width, format.size);
    std::vector<Line> lines;
    size_t start = 0;
    for (size_t b : breaks) {
        while (start < b && prep.items[start].type == BreakItem::glue) ++start;
        Line line;
        finalize_line(prep, start, b, runs, format, services, line);
        lines.push_back(std::move(line));
        start = b + 1;
    }
    // A hard break at the very end leaves an empty line: drop it.
    while (!lines.empty() && lines.back().items.empty() && lines.size() > 1) lines.pop_back();
    return lines;
}

double natural_width(const std::vector<Run>& runs, WidthCache& widths) {
    double best = 0, current = 0;
    for (const auto& r : runs) {
        if (r.hard_break) {
            best = std::max(best, current);
            current = 0;
            continue;
        }
        current += widths.width(r.font, r.text, r.size);
    }
    return std::max(best, current);
}

double widest_word(const std::vector<Run>& runs, WidthCache& widths) {
    double best = 0, current = 0;
    for (const auto& r : runs) {
        size_t i = 0;
        while (i < r.text.size()) {
            size_t j = i;
            while (j < r.text.size() && !is_space(r.text[j])) ++j;
            current += widths.width(r.font, std::string_view(r.text).substr(i, j - i), r.size);
            if (j < r.text.size()) {
                best = std::max(best, current);
                current = 0;
                j++;
            }
            i = j;
        }
        if (r.hard_break) best = std::max(best, current), current = 0;
    }
    return std::max(best, current);
}

}  // namespace publish::layout
