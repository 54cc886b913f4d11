// The learning bulletin: a title band, the review's facts in a box, then the narrative.
#include <algorithm>

#include "layout/publication_parts.h"

namespace publish::layout {
namespace {

std::string review_type_name(const std::string& type) {
    static const std::map<std::string, std::string> names = {
        {"rapid-review", "Rapid review"},
        {"lcspr", "Local child safeguarding practice review"},
        {"map-review", "Multi-agency practice review"},
        {"joint-review", "Joint review"},
        {"national", "National review"},
        {"out-of-area", "Review by another area"}};
    auto found = names.find(type);
    return found == names.end() ? type : found->second;
}

/// "in-progress" → "In progress".
std::string humane(std::string id) {
    std::replace(id.begin(), id.end(), '-', ' ');
    if (!id.empty() && id[0] >= 'a' && id[0] <= 'z') id[0] = static_cast<char>(id[0] - 'a' + 'A');
    return id;
}

Node text_cell(const std::string& text, bool header = false) {
    Node cell = make_node(NodeKind::table_cell);
    cell.children.push_back(make_node(NodeKind::text, text));
    cell.header = header;
    return cell;
}

Node strong_cell(const std::string& text) {
    Node cell = make_node(NodeKind::table_cell);
    Node strong = make_node(NodeKind::strong);
    strong.children.push_back(make_node(NodeKind::text, text));
    cell.children.push_back(strong);
    cell.header = true;
    return cell;
}

/// The review's facts as an ordinary tree: a key–value table, the learning, the actions.
Node facts_tree(const Site& site, const Review& review) {
    Node root = make_node(NodeKind::document);
    Node table = make_node(NodeKind::table);
    auto row = [&](const std::string& key, const std::string& value) {
        if (value.empty()) return;
        Node r = make_node(NodeKind::table_row);
        r.children.push_back(strong_cell(key));
        r.children.push_back(text_cell(value));
        table.children.push_back(r);
    };
    row("Review", review.title);
    row("Type", review_type_name(review.type));
    row("Status", humane(review.status));
    row("Started", long_date(review.started));
    row("Completed", long_date(review.completed));
    row("Published", long_date(review.published));
    std::string themes;
    for (const auto& id : review.themes) {
        auto found = std::find_if(site.config.themes.begin(), site.config.themes.end(), [&](const Term& t) { return t.id == id; });
        themes += (themes.empty() ? "" : ", ") + (found == site.config.themes.end() ? humane(id) : found->title);
    }
    row("Themes", themes);
    root.children.push_back(table);
    if (!review.learning.empty()) {
        Node h = make_node(NodeKind::heading);
        h.level = 3;
        h.attributes().id = "review-learning";
        h.children.push_back(make_node(NodeKind::text, "Learning"));
        root.children.push_back(h);
        Node list = make_node(NodeKind::list);
        for (const auto& point : review.learning) {
            Node item = make_node(NodeKind::list_item);
            Node p = make_node(NodeKind::paragraph);
            p.children.push_back(make_node(NodeKind::text, point));
            item.children.push_back(p);
            list.children.push_back(item);
        }
        root.children.push_back(list);
    }
    if (!review.actions.empty()) {
        Node h = make_node(NodeKind::heading);
        h.level = 3;
        h.attributes().id = "review-actions";
        h.children.push_back(make_node(NodeKind::text, "Actions"));
        root.children.push_back(h);
        Node actions = make_node(NodeKind::table);
        Node head = make_node(NodeKind::table_row);
        head.header = true;
        for (const char* title : {"Action", "Owner", "Due", "Status"}) head.children.push_back(text_cell(title, true));
        actions.children.push_back(head);
        for (const auto& a : review.actions) {
            Node r = make_node(NodeKind::table_row);
            r.children.push_back(text_cell(a.action));
            r.children.push_back(text_cell(a.owner));
            r.children.push_back(text_cell(long_date(a.due)));
            r.children.push_back(text_cell(humane(a.status)));
            actions.children.push_back(r);
        }
        root.children.push_back(actions);
    }
    return root;
}

}  // namespace

void layout_bulletin(Setter& setter, const Document& doc, int document) {
    Flow flow;
    Composer composer(setter.ctx, flow, doc, anchor_prefix(document));
    Box box = setter.body_box();
    std::string sub = setter.site.config.name + (doc.meta.date.empty() ? "" : "  \u00b7  " + long_date(doc.meta.date));
    for (auto& piece : title_band(setter, "Learning bulletin", doc.meta.title, sub, 0, anchor_prefix(document) + "top"))
        flow.items.push_back(piece);

    // The facts box, when the bulletin names a review.
    const Review* review = nullptr;
    if (!doc.meta.review.empty() && setter.site.data.reviews)
        for (const auto& r : *setter.site.data.reviews)
            if (r.id == doc.meta.review) review = &r;
    if (!doc.meta.review.empty() && !review) {
        auto loc = doc.meta.field_locations.find("review");
        setter.diagnostics.warning(loc == doc.meta.field_locations.end() ? SourceLocation{doc.source_path, 1, 1} : loc->second,
                                   "review \"" + doc.meta.review + "\" is not in data/reviews.json; the PDF has no facts box");
    }
    if (review) {
        auto tree = std::make_shared<Node>(facts_tree(setter.site, *review));
        setter.out.generated.push_back(tree);
        int el = composer.element(Role::section, 0, tree.get());
        Box facts = box;
        facts.parent = el;
        composer.set_heading_policy({{}, 3, 3, 0});
        composer.heading_text(nullptr, "", "About the review", 3, facts, 0, "review");
        size_t first = flow.items.size();
        composer.blocks(*tree, facts);
        // Accent rules above and below the box.
        flow.items[first - 1].items.push_back(line_item(box.left, -2, box.left + box.width, -2, 2, setter.style.accent));
        FlowItem end;
        end.height = box.paragraph_space;
        end.break_before = false;
        end.items.push_back(line_item(box.left, end.height, box.left + box.width, end.height, 2, setter.style.accent));
        flow.items.push_back(end);
    }
    composer.set_heading_policy({{}, 2, 2, 0});
    composer.blocks(doc.body, box);
    setter.out.pages = paginate(flow, setter.body_area(), setter.style);
    add_page_chrome(setter, 0, false, doc.meta.title);
    if (setter.out.pages.size() > 4)
        setter.diagnostics.warning({doc.source_path, doc.body_first_line, 1},
                                   "the bulletin runs to " + std::to_string(setter.out.pages.size()) + " pages; aim for one to four");
}

}  // namespace publish::layout
