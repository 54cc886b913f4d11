// Pagination: greedy filling with keep-chains, repeated table headers and footnotes per page.
#include "layout/flow.h"

namespace publish::layout {
namespace {

constexpr double footnote_gap = 10;  ///< space between the text and the footnote rule

double footnote_height(const Flow& flow, const std::vector<int>& notes) {
    double h = 0;
    for (int n : notes) h += stacked_height(flow.footnotes[n]) + 3;
    return notes.empty() ? 0 : h + footnote_gap;
}

/// The state of the page being filled, restorable to any earlier piece.
struct PageState {
    Page page;
    double y = 0;
    std::vector<int> notes;
    bool at_top = true;  ///< nothing but repeated headers yet
};

struct Checkpoint {
    size_t items;
    double y;
    size_t notes;
    bool at_top;
};

}  // namespace

double stacked_height(const std::vector<FlowItem>& items) {
    double h = 0;
    for (size_t i = 0; i < items.size(); ++i) h += (i ? items[i].space_before : 0) + items[i].height;
    return h;
}

double place_pieces(const std::vector<FlowItem>& items, double y, Page& page, bool first_at_top) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (i || !first_at_top) y += items[i].space_before;
        for (FrameItem item : items[i].items) {
            item.y += y;
            page.items.push_back(std::move(item));
        }
        y += items[i].height;
    }
    return y;
}

std::vector<Page> paginate(const Flow& flow, const PageArea& area, const PdfStyle& style) {
    std::vector<Page> pages;
    PageState st;
    st.y = area.top;
    std::vector<Checkpoint> checkpoints;  // per piece placed on this page
    size_t page_first = 0;                // index of the first flow piece on this page

    auto finish_page = [&]() {
        if (!st.notes.empty()) {
            double y = area.bottom - footnote_height(flow, st.notes) + footnote_gap;
            st.page.items.push_back(line_item(style.margin_left, y - 5, style.margin_left + 90, y - 5, 0.5, style.rule));
            for (int n : st.notes) y = place_pieces(flow.footnotes[n], y, st.page, true) + 3;
        }
        pages.push_back(std::move(st.page));
        st = PageState{};
        st.y = area.top;
        checkpoints.clear();
    };
    auto place = [&](const FlowItem& piece) {
        if (!st.at_top) st.y += piece.space_before;
        for (FrameItem item : piece.items) {
            item.y += st.y;
            st.page.items.push_back(std::move(item));
        }
        st.y += piece.height;
        for (int n : piece.footnotes) st.notes.push_back(n);
    };
    auto start_page_at = [&](size_t i) {
        finish_page();
        page_first = i;
        const FlowItem& piece = flow.items[i];
        if (piece.table >= 0 && !piece.header_row) {
            for (const auto& header : flow.table_headers[piece.table]) place(header), st.at_top = false;
        }
    };

    size_t i = 0;
    while (i < flow.items.size()) {
        const FlowItem& piece = flow.items[i];
        if (piece.page_break_before && i != page_first) {
            start_page_at(i);
            continue;
        }
        double before = st.at_top ? 0 : piece.space_before;
        std::vector<int> notes = st.notes;
        notes.insert(notes.end(), piece.footnotes.begin(), piece.footnotes.end());
        bool fits = st.y + before + piece.height + footnote_height(flow, notes) <= area.bottom + 0.01;
        if (fits || (st.at_top && i == page_first)) {
            checkpoints.push_back({st.page.items.size(), st.y, st.notes.size(), st.at_top});
            place(piece);
            st.at_top = false;
            ++i;
            continue;
        }
        // Break before the last piece of this page that allows it.
        size_t j = i;
        while (j > page_first && !flow.items[j].break_before) --j;
        if (j == page_first) j = i;  // one chain taller than a page: break where we are
        if (j == page_first) {       // nothing placed yet: overfull, place it anyway
            checkpoints.push_back({st.page.items.size(), st.y, st.notes.size(), st.at_top});
            place(piece);
            st.at_top = false;
            ++i;
            continue;
        }
        if (j < i) {  // take back the pieces that move with piece i
            const Checkpoint& cp = checkpoints[j - page_first];
            st.page.items.resize(cp.items);
            st.y = cp.y;
            st.notes.resize(cp.notes);
        }
        start_page_at(j);
        i = j;
    }
    if (!st.page.items.empty() || pages.empty()) finish_page();
    return pages;
}

}  // namespace publish::layout
