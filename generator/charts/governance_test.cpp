// Tests for the governance diagram: one box per body, no overlaps, parents centred, text inside boxes.
#include <catch2/catch.hpp>

#include "charts/governance.h"
#include "charts/test_data.h"

using namespace publish;
using namespace publish::testing;

namespace {

GovernanceBody example_tree() {
    GovernanceBody odg{"Operational Delivery Group", "Independent Chair", "", {}};
    for (const char* name : {"Education Subgroup", "Significant Incident Review Group",
                             "Policy, Procedure, Education and Training Subgroup", "Child Exploitation and Missing Subgroup",
                             "Child Death Overview Panel"})
        odg.children.push_back({name, "Integrated Care Board (Designated Professional)", "", {}});
    GovernanceBody smg{"Strategic Management Group", "Independent Chair", "", {odg}};
    return {"Assurance Executive", "Independent Chair", "", {smg}};
}

}  // namespace

TEST_CASE("the governance tree is laid out top-down without overlaps") {
    Drawing d = layout_governance(example_tree(), 640);
    auto boxes = items_of<Rect>(d);
    REQUIRE(boxes.size() == 8);
    CHECK(d.width == Approx(640));
    for (size_t i = 0; i < boxes.size(); ++i) {
        CHECK(boxes[i].x >= 0);
        CHECK(boxes[i].x + boxes[i].width <= d.width + 0.01);
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            bool apart = boxes[i].x + boxes[i].width <= boxes[j].x || boxes[j].x + boxes[j].width <= boxes[i].x ||
                         boxes[i].y + boxes[i].height <= boxes[j].y || boxes[j].y + boxes[j].height <= boxes[i].y;
            CHECK(apart);
        }
    }
    // the chain is centred over the five subgroups; each level is below its parent
    CHECK(boxes[0].x + boxes[0].width / 2 == Approx(320));
    CHECK(boxes[1].y > boxes[0].y + boxes[0].height);
    CHECK(boxes[3].y == boxes[7].y);
    CHECK(items_of<Line>(d).size() == 2 * 2 + 2 + 5);  // two single links (down, down), a fork of 1 + bar + 5
    CHECK(text_inside(d));
    for (const auto& t : items_of<TextRun>(d)) {  // text stays inside some box
        double w = charts::text_width(t.text, t.size, t.bold);
        bool inside = false;
        for (const auto& b : boxes)
            inside = inside || (t.x - w / 2 >= b.x && t.x + w / 2 <= b.x + b.width && t.y > b.y && t.y < b.y + b.height);
        CHECK(inside);
    }
    CHECK(d.description == "Assurance Executive leads the partnership (chair: Independent Chair). Assurance Executive "
                           "oversees Strategic Management Group. Strategic Management Group oversees Operational "
                           "Delivery Group. Operational Delivery Group oversees Education Subgroup, Significant Incident "
                           "Review Group, Policy, Procedure, Education and Training Subgroup, Child Exploitation and "
                           "Missing Subgroup and Child Death Overview Panel.");
}

TEST_CASE("a wide tree makes a wider drawing rather than unreadable boxes") {
    GovernanceBody root{"Board", "", "", {}};
    for (int i = 0; i < 12; ++i) root.children.push_back({"Group " + std::to_string(i), "", "", {}});
    Drawing d = layout_governance(root, 640);
    CHECK(d.width > 640);
    CHECK(text_inside(d));
}
