// Tests for the SVG writer: well-formed XML, role, title and desc, no inline styles, tidy numbers.
#include <catch2/catch.hpp>
#include <tinyxml2.h>

#include "charts/governance.h"
#include "charts/select.h"
#include "charts/svg.h"
#include "charts/test_data.h"

using namespace publish;
using namespace publish::testing;

namespace {

bool has_attribute_anywhere(const tinyxml2::XMLElement* e, const char* name) {
    for (; e != nullptr; e = e->NextSiblingElement()) {
        if (e->Attribute(name) != nullptr || has_attribute_anywhere(e->FirstChildElement(), name)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("every chart kind renders to SVG that parses and carries its title and desc") {
    for (auto [path, kind] : std::vector<std::pair<std::string, std::string>>{{"funding.2023-24", "bar"},
                                                                           {"funding.2023-24", "share"},
                                                                           {"training", "grouped-bar"},
                                                                           {"training", "line"},
                                                                           {"training.evaluations", "before-after"}}) {
        auto selection = select_chart({path, kind, "", "A title & more"}, example_data());
        REQUIRE(selection.chart);
        Drawing d = layout_chart(*selection.chart);
        std::string svg = render_svg(d, "figure-3");
        tinyxml2::XMLDocument doc;
        REQUIRE(doc.Parse(svg.c_str()) == tinyxml2::XML_SUCCESS);
        auto* root = doc.RootElement();
        CHECK(std::string(root->Name()) == "svg");
        CHECK(std::string(root->Attribute("role")) == "img");
        CHECK(std::string(root->Attribute("aria-labelledby")) == "figure-3-title figure-3-desc");
        CHECK(std::string(root->Attribute("viewBox")) == "0 0 640 " + svg_number(d.height));
        CHECK(std::string(root->FirstChildElement("title")->GetText()) == "A title & more");
        CHECK(std::string(root->FirstChildElement("desc")->GetText()) == d.description);
        CHECK_FALSE(has_attribute_anywhere(root, "style"));
        CHECK(svg.find("0000000") == std::string::npos);
    }
}

TEST_CASE("patterns are defined once each and referenced by id") {
    auto selection = select_chart({"funding.2023-24", "share", "", ""}, example_data());
    std::string svg = render_svg(layout_chart(*selection.chart), "f1");
    CHECK(svg.find("<pattern id=\"f1-pattern-1\"") != std::string::npos);
    CHECK(svg.find("fill=\"url(#f1-pattern-1)\"") != std::string::npos);
    CHECK(svg.find("<text") != std::string::npos);  // text is real text
}

TEST_CASE("svg numbers: at most two decimals, no trailing zeros, no negative zero") {
    CHECK(svg_number(93.968) == "93.97");
    CHECK(svg_number(0.1) == "0.1");
    CHECK(svg_number(12) == "12");
    CHECK(svg_number(-0.001) == "0");
    CHECK(svg_number(-2.5) == "-2.5");
}

TEST_CASE("arcs become pie-slice paths") {
    Drawing d;
    d.width = d.height = 20;
    Arc a;
    a.cx = a.cy = a.r = 10;
    a.start = 0;
    a.end = 90;
    d.add(a);
    CHECK(render_svg(d).find("d=\"M 10 10 L 10 0 A 10 10 0 0 1 20 10 Z\"") != std::string::npos);
}
