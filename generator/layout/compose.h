// Composing blocks of the document tree into a flow of pieces (headings, paragraphs, lists, …).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "layout/flow.h"
#include "layout/paragraph.h"
#include "layout/style.h"
#include "model/site.h"

namespace publish::layout {

/// The column a block is set in, and the text style inherited from its containers.
struct Box {
    double left = 0;
    double width = 400;
    double size = 10.5;          ///< body type size here
    FontStyle font = FontStyle::regular;
    Color color;
    double paragraph_space = 6;  ///< space between blocks, points
    int parent = -1;             ///< structure element the blocks belong to
    std::vector<FrameItem> decoration;  ///< drawn on every piece (quote bars), y 0..1 scaled to the piece
};

/// How headings are numbered and bookmarked.
struct HeadingPolicy {
    std::vector<int> prefix;  ///< number of the enclosing section ({3} → headings 3.1, 3.2); empty = unnumbered
    int top_level = 2;        ///< the source heading level that becomes depth top_depth
    int top_depth = 2;        ///< the depth (1 = chapter) a top_level heading gets
    int shift = 0;            ///< added to every heading's display level
};

/// An entry for the contents page.
struct ContentsEntry {
    std::string number, title, anchor;
    int depth = 1;
};

/// Everything composing needs; shared by all documents of one publication.
struct ComposeContext {
    const PdfStyle& style;
    TextServices& text;
    Diagnostics& diagnostics;
    std::vector<Element>& elements;
    const Site* site = nullptr;
    std::vector<ContentsEntry>* contents = nullptr;  ///< collects headings when set
    int contents_depth = 2;
    const std::map<std::string, std::string>* internal_urls = nullptr;  ///< site URL path → anchor in this PDF
    std::set<char32_t> warned;  ///< characters already reported
};

/// Composes one source document's blocks into a flow.
class Composer {
public:
    Composer(ComposeContext& ctx, Flow& flow, const Document& doc, std::string anchor_prefix);

    /// Appends the blocks (children of `parent`) set in `box`.
    void blocks(const Node& parent, const Box& box);
    /// Appends one block.
    void block(const Node& node, const Box& box);
    /// Appends a heading at a display depth with an optional number, title, bookmark and anchor id.
    void heading_text(const Node* node, const std::string& number, const std::string& title, int depth, const Box& box,
                      int bookmark_level, const std::string& id = {});
    /// Forces the next piece onto a new page.
    void page_break() { page_break_next_ = true; }
    /// Sets the number prefix and levels used for headings of this document.
    void set_heading_policy(HeadingPolicy policy) { policy_ = std::move(policy); }
    /// Adds one piece (applying pending keep and page-break requests).
    void push(FlowItem piece);
    /// The inline runs of a block's inlines in a base style.
    std::vector<Run> runs(const Node& node, FontStyle font, double size, Color color, int element);
    /// A new structure element.
    int element(Role role, int parent, const Node* node, int level = 0);
    /// The location of a node in its source file.
    SourceLocation where(const Node& node) const;
    /// Sets lines of a paragraph of runs and pushes them with widow/orphan control.
    void push_lines(std::vector<Line> lines, const Box& box, double space_before, bool keep_whole = false);
    /// The anchor name of a heading id in this document.
    std::string anchor(const std::string& id) const { return anchor_prefix_ + id; }

    ComposeContext& ctx;

private:
    void paragraph(const Node& node, const Box& box);
    void heading(const Node& node, const Box& box);
    void list(const Node& node, const Box& box);
    void quote(const Node& node, const Box& box);
    void code_block(const Node& node, const Box& box);
    void rule(const Box& box);
    void image(const Node& node, const Box& box);
    void figure(const Node& node, const Box& box);
    void table(const Node& node, const Box& box);
    void collect_footnotes(const Node& node);
    void add_inlines(const Node& node, Run style, std::vector<Run>& out);
    std::string link_target(const Node& link) const;
    void check_glyphs(const std::string& text, FontStyle font, const Node& node);

    Flow& flow_;
    const Document& doc_;
    std::string anchor_prefix_;
    HeadingPolicy policy_;
    std::vector<int> counters_;
    int list_depth_ = 0;
    const Node* inline_block_ = nullptr;  ///< the block whose inlines are being collected (for locations)
    bool keep_next_ = false;
    bool page_break_next_ = false;
    std::map<std::string, const Node*> footnote_defs_;
    std::map<std::string, int> footnote_index_;  ///< label → index into flow.footnotes
};

/// Width and height in pixels of PNG or JPEG bytes; false if neither.
bool image_size(const std::string& bytes, int& width, int& height);

}  // namespace publish::layout
