#include <catch2/catch.hpp>

#include "model/document.h"

using namespace publish;

namespace {

Node paragraph_of(const std::vector<std::string>& words) {
    Node p = make_node(NodeKind::paragraph);
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) p.children.push_back(make_node(NodeKind::soft_break));
        p.children.push_back(make_node(NodeKind::text, words[i]));
    }
    return p;
}

}  // namespace

TEST_CASE("a node's rarer fields read empty until written, and copies do not share them") {
    Node link = make_node(NodeKind::link);
    CHECK(link.url().empty());
    CHECK(link.figure() == nullptr);
    CHECK_FALSE(link.has_attributes());
    link.attributes().url = "https://example.org/";
    link.attributes().title = "Example";
    CHECK(link.url() == "https://example.org/");

    Node copy = link;
    copy.attributes().url = "https://example.org/other";
    CHECK(link.url() == "https://example.org/");
    CHECK(copy.url() == "https://example.org/other");
    CHECK(copy.title() == "Example");

    Node assigned = make_node(NodeKind::text, "x");
    assigned = copy;
    CHECK(assigned.url() == "https://example.org/other");
    CHECK(assigned.kind == NodeKind::link);
}

TEST_CASE("plain text cut at a size starts exactly like the whole text") {
    Node doc = make_node(NodeKind::document);
    for (int i = 0; i < 50; ++i)
        doc.children.push_back(paragraph_of({"Safeguarding", "children", "is", "everyone's", "business."}));
    std::string whole = plain_text(doc);
    for (size_t limit : {0, 1, 10, 12, 13, 100, 333, 2000}) {
        std::string cut = plain_text(doc, limit);
        INFO(limit);
        CHECK(cut.size() <= whole.size());
        CHECK(cut.size() >= std::min(whole.size(), limit + 1));
        CHECK(whole.compare(0, cut.size(), cut) == 0);
    }
    CHECK(plain_text(doc, whole.size() + 10) == whole);
}
