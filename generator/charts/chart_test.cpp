// Tests for chart layout: ranking, label placement, shares adding to 100, legends, descriptions, tables.
#include <catch2/catch.hpp>

#include "charts/chart_layouts.h"
#include "charts/select.h"
#include "charts/test_data.h"

using namespace publish;
using namespace publish::testing;

namespace {

ChartData chart_of(const std::string& path, const std::string& kind, const std::string& measure = "") {
    auto selection = select_chart({path, kind, measure, ""}, example_data());
    REQUIRE(selection.error.empty());
    return *selection.chart;
}

std::string table_text(const Node& n) {
    std::string out = n.kind == NodeKind::text ? n.text : "";
    if (n.kind == NodeKind::table_row) out += "|";
    for (const auto& c : n.children) out += table_text(c) + (c.kind == NodeKind::table_cell ? ";" : "");
    return out;
}

}  // namespace

TEST_CASE("shares are rounded to sum exactly 100, n/a counts as no share") {
    auto shares = charts::shares_of({162435.0, 74933.0, 103031.0, 28070.0, 3595.0, std::nullopt});
    CHECK(shares == std::vector<double>{43.7, 20.1, 27.7, 7.5, 1.0, 0.0});
    double sum = 0;
    for (double s : shares) sum += s;
    CHECK(sum == Approx(100.0));
    auto thirds = charts::shares_of({1.0, 1.0, 1.0});
    CHECK(thirds[0] + thirds[1] + thirds[2] == Approx(100.0));
}

TEST_CASE("a ranked bar chart puts the largest first and labels each bar just past its end") {
    Drawing d = layout_chart(chart_of("funding.2023-24", "bar"));
    CHECK(d.kind == "bar");
    CHECK(d.description == "County Council gave the most: £162,435 of £372,064 (43.7%). Probation Service gave the "
                           "least: £3,595 (1.0%).");
    auto bars = items_of<Rect>(d);
    REQUIRE(bars.size() == 5);
    for (size_t i = 1; i < bars.size(); ++i) {
        CHECK(bars[i].width <= bars[i - 1].width);  // ranked
        CHECK(bars[i].y > bars[i - 1].y);           // top to bottom
    }
    const TextRun* top = find_text(d, "£162,435");
    REQUIRE(top != nullptr);
    CHECK(top->x == Approx(bars[0].x + bars[0].width + 5));
    CHECK(top->bold);
    const TextRun* label = find_text(d, "County Council");
    REQUIRE(label != nullptr);
    CHECK(label->anchor == Anchor::end);
    CHECK(label->x < bars[0].x);
    CHECK(find_text(d, "£200,000") != nullptr);  // round ticks
    CHECK(text_inside(d));
}

TEST_CASE("a share chart is one 100% bar, its legend gives every figure and share") {
    ChartData chart = chart_of("funding.2023-24", "share");
    Drawing d = layout_chart(chart, 600);
    double covered = 0;
    auto rects = items_of<Rect>(d);
    for (const auto& r : rects)
        if (r.y == 0 && r.height == 44) covered += r.width;
    CHECK(covered == Approx(600));
    for (const char* s : {"43.7%", "27.7%", "20.1%", "7.5%", "1.0%", "100.0%", "£372,064", "Probation Service"})
        CHECK(find_text(d, s) != nullptr);
    // neighbouring segments differ in colour (≥ 3:1) and in pattern
    std::vector<Rect> segments;
    for (const auto& r : rects)
        if (r.y == 0 && r.height == 44) segments.push_back(r);
    for (size_t i = 1; i < segments.size(); ++i) {
        CHECK(charts::contrast_ratio(segments[i].fill, segments[i - 1].fill) >= 3.0);
        CHECK(segments[i].pattern != segments[i - 1].pattern);
    }
    CHECK(text_inside(d));
    CHECK(table_text(chart_table(chart)) ==
          "|Partner;Contribution;Share;|County Council;£162,435;43.7%;|Office of the Police and Crime Commissioner;"
          "£74,933;20.1%;|Integrated Care Board;£103,031;27.7%;|District councils;£28,070;7.5%;|Probation Service;"
          "£3,595;1.0%;|Total;£372,064;100.0%;");
}

TEST_CASE("grouped bars: a legend per period, a bar per course and period, long labels wrapped inside") {
    ChartData chart = chart_of("training", "grouped-bar", "attended");
    Drawing d = layout_chart(chart);
    CHECK(find_text(d, "Sep 2022 – Sep 2023") != nullptr);
    CHECK(find_text(d, "Sep 2023 – Apr 2024") != nullptr);
    auto rects = items_of<Rect>(d);
    CHECK(rects.size() == 2 + 4);  // two legend swatches, four bars
    CHECK(find_text(d, "Inter-agency safeguarding children and young people: modules 3 and 4 combined") == nullptr);
    CHECK(text_inside(d));
    CHECK(d.description == "In total, people attending: 183 in Sep 2022 – Sep 2023 and 170 in Sep 2023 – Apr 2024 "
                           "(down 13). The largest in Sep 2023 – Apr 2024: Child exploitation (132).");
    Drawing sessions = layout_chart(chart_of("training", "grouped-bar", "sessions"));
    CHECK(find_text(sessions, "n/a") != nullptr);  // a null figure is drawn as n/a, not as zero
}

TEST_CASE("before/after shows both scores on a fixed 0-10 axis, hollow before and filled after") {
    ChartData chart = chart_of("training.evaluations", "before-after");
    Drawing d = layout_chart(chart);
    CHECK(find_text(d, "10") != nullptr);
    CHECK(find_text(d, "5.2") != nullptr);
    CHECK(find_text(d, "8.4") != nullptr);
    auto dots = items_of<Circle>(d);
    REQUIRE(dots.size() == 2 + 4);
    CHECK_FALSE(dots[2].fill == dots[3].fill);
    CHECK(dots[2].cx < dots[3].cx);
    CHECK(text_inside(d));
    CHECK(d.description ==
          "Scores rose after every course out of 10: Child sexual abuse e-learning (three modules) from 5.2 to 8.4 (up "
          "3.2); Inter-agency safeguarding children and young people (modules 1 to 4) from 5.9 to 8.7 (up 2.8).");
    CHECK(table_text(chart_table(chart)).find("5.2;8.4;up 3.2;") != std::string::npos);
}

TEST_CASE("a line chart has a point and a label per period") {
    Drawing d = layout_chart(chart_of("training", "line"));
    auto lines = items_of<Polyline>(d);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].points.size() == 2);
    CHECK(lines[0].points[0].y < lines[0].points[1].y);  // 183 is higher up than 170
    CHECK(find_text(d, "183") != nullptr);
    CHECK(d.description == "People attending went from 183 in Sep 2022 – Sep 2023 to 170 in Sep 2023 – Apr 2024 (down 13).");
    CHECK(text_inside(d));
}

TEST_CASE("the palette keeps 3:1 against white and between neighbours") {
    for (size_t i = 0; i < 12; ++i) {
        CHECK(charts::contrast_ratio(charts::series_colour(i), charts::white) >= 3.0);
        CHECK(charts::contrast_ratio(charts::series_colour(i), charts::series_colour(i + 1)) >= 3.0);
    }
    CHECK(charts::hex(charts::series_colour(0)) == "#1d3557");
}

TEST_CASE("wrapping keeps lines within the width and ends an overflow with an ellipsis") {
    auto lines = charts::wrap_text("Inter-agency safeguarding children and young people: modules 3 and 4 combined", 12,
                                   false, 150, 2);
    REQUIRE(lines.size() == 2);
    CHECK(charts::text_width(lines[0], 12) <= 150);
    CHECK(lines[1].size() >= 3);
    CHECK(lines[1].substr(lines[1].size() - 3) == "…");
}
