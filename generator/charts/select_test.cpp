// Tests for chart data paths: what each path offers, and the exact errors for wrong paths and kinds.
#include <catch2/catch.hpp>

#include "charts/select.h"
#include "charts/test_data.h"

using namespace publish;
using namespace publish::testing;

namespace {

std::string error_of(const ChartRequest& r) {
    auto s = select_chart(r, example_data());
    CHECK_FALSE(s.chart);
    return s.error + " | " + s.hint;
}

}  // namespace

TEST_CASE("the paths the data offers and the kinds each can show") {
    SiteData data = example_data();
    CHECK(chart_paths(data) == std::vector<std::string>{"funding", "funding.2023-24", "training", "training.evaluations"});
    CHECK(chart_kinds_for("funding.2023-24", data) == std::vector<std::string>{"bar", "share"});
    CHECK(chart_kinds_for("training.evaluations", data) == std::vector<std::string>{"before-after"});
    CHECK(chart_kinds_for("nope", data).empty());
}

TEST_CASE("a kind is optional, a title replaces the made-up one") {
    auto s = select_chart({"funding.2023-24", "", "", ""}, example_data());
    REQUIRE(s.chart);
    CHECK(s.chart->kind == ChartKind::bar);
    CHECK(s.chart->title == "Contributions by partner, 2023–24");
    CHECK(select_chart({"training", "bar", "", "Mine"}, example_data()).chart->title == "Mine");
}

TEST_CASE("chart errors name what is possible") {
    CHECK(error_of({"funding.2023-25", "share", "", ""}) ==
          "unknown data path \"funding.2023-25\" for chart | did you mean \"funding.2023-24\"?");
    CHECK(error_of({"reviews", "bar", "", ""}) ==
          "unknown data path \"reviews\" for chart | data paths: funding, funding.2023-24, training, training.evaluations");
    CHECK(error_of({"funding.2023-24", "line", "", ""}) ==
          "a line chart cannot show funding.2023-24 | kinds that can: bar, share");
    CHECK(error_of({"training.evaluations", "share", "", ""}) ==
          "a share chart cannot show training.evaluations | kinds that can: before-after");
    CHECK(error_of({"training", "doughnut", "", ""}) ==
          "unknown chart kind \"doughnut\" | kinds: bar, grouped-bar, before-after, line, share");
    CHECK(error_of({"training", "grouped-bars", "", ""}) == "unknown chart kind \"grouped-bars\" | did you mean \"grouped-bar\"?");
    CHECK(error_of({"training", "grouped-bar", "attendance", ""}) ==
          "unknown measure \"attendance\" for chart | measures: attended, sessions");
    CHECK(error_of({"funding.2023-24", "bar", "sessions", ""}) == "measure applies only to data=\"training\" | ");
}
