// Laid-out pages as display lists: positioned text, shapes, images, links and anchors (as in Typst).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/measure.h"
#include "model/document.h"

namespace publish::layout {

/// An sRGB colour, components 0..1.
struct Color {
    float r = 0, g = 0, b = 0;
    bool operator==(const Color&) const = default;
};

/// Structure roles of the content (the tagged-PDF vocabulary), kept for every frame item.
enum class Role {
    document, part, section, heading, paragraph, list, list_item, label, list_body,
    block_quote, code, table, table_row, table_header_cell, table_cell, figure,
    footnote, note_reference, link, toc, toc_item, caption, title_band
};

/// One structure element: what a group of frame items is, and the tree node it came from.
struct Element {
    Role role = Role::paragraph;
    int parent = -1;             ///< index into LaidOutDocument::elements, -1 for the root
    int level = 0;               ///< heading level after numbering
    const Node* node = nullptr;  ///< source node (may be null for generated content)
    std::string alt;             ///< alternative text (figures, images)
};

enum class ItemKind { text, rect, line, polyline, circle, arc, image, link, anchor };

/// What an item without a structure element is, for tagged PDF: layout decoration, or the
/// running header or footer (pagination artifacts).
enum class Artifact : unsigned char { layout, header, footer };

/// One thing drawn on (or attached to) a page. Coordinates are points from the page's top-left.
struct FrameItem {
    ItemKind kind = ItemKind::text;
    double x = 0, y = 0;  ///< text: left of the baseline; rect/image/link: top-left; line: start; circle: centre
    double w = 0, h = 0;  ///< rect/image/link: size; line: end minus start; circle/arc: w is the radius
    double start = 0, end = 0;  ///< arc: pie slice between angles in degrees, clockwise from 12 o'clock
    std::vector<std::pair<double, double>> points;  ///< polyline: points relative to (x, y)
    bool dashed = false;  ///< line: 3 pt on, 3 pt off
    FontStyle font = FontStyle::regular;
    double size = 0;      ///< text: font size; anchor: outline level (0 = no bookmark)
    std::string text;     ///< text: UTF-8 text; anchor: bookmark title
    Color fill;           ///< text colour, or fill of rect/circle
    Color stroke;
    double line_width = 0;  ///< 0 = no stroke (rect/circle); also the width of lines and polylines
    bool filled = true;
    std::string target;   ///< link: "https://…" or "#anchor"; image: site file path; anchor: its name
    int element = -1;     ///< structure element it belongs to; -1 = artifact (headers, rules, decoration)
    Artifact artifact = Artifact::layout;  ///< the kind of artifact when element is -1
};

/// One page of the document.
struct Page {
    std::vector<FrameItem> items;
};

/// A whole laid-out publication, ready for a writer.
struct LaidOutDocument {
    double width = 595.28, height = 841.89;
    std::vector<Page> pages;
    std::vector<Element> elements;
    std::string title, author, subject, keywords, language;
    std::string date;  ///< YYYY-MM-DD: creation and modification date (the build date)
    std::vector<std::shared_ptr<Node>> generated;  ///< generated trees (facts boxes) elements point into
};

/// Shorthand constructors used throughout layout.
FrameItem text_item(double x, double baseline, FontStyle font, double size, std::string text, Color color, int element);
FrameItem rect_item(double x, double y, double w, double h, Color fill);
FrameItem line_item(double x1, double y1, double x2, double y2, double width, Color color);

}  // namespace publish::layout
