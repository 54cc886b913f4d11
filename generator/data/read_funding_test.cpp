#include <catch2/catch.hpp>

#include "data/readers.h"

using namespace publish;

namespace {

/// Parses `text` as `path` and returns the file (the test fails on a syntax error).
DataFile parse(const std::string& path, const std::string& text) {
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file(path, text, f, d));
    return f;
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& diagnostic : d.all()) out.push_back(format_diagnostic(diagnostic));
    return out;
}

const std::string real_funding =
    "{ \"currency\": \"GBP\",\n"
    "  \"years\": [ { \"period\": \"2023-24\",\n"
    "    \"contributions\": [\n"
    "      { \"partner\": \"County Council\", \"amount\": 162435 },\n"
    "      { \"partner\": \"Office of the Police and Crime Commissioner\", \"amount\": 74933 },\n"
    "      { \"partner\": \"Integrated Care Board\", \"amount\": 103031 },\n"
    "      { \"partner\": \"District councils\", \"amount\": 28070 },\n"
    "      { \"partner\": \"Probation Service\", \"amount\": 3595 } ],\n"
    "    \"stated_total\": STATED } ] }\n";

std::string funding_with(const std::string& stated) {
    std::string text = real_funding;
    text.replace(text.find("STATED"), 6, stated);
    return text;
}

}  // namespace

TEST_CASE("funding reads every contribution and accepts a stated total equal to the sum") {
    Diagnostics d;
    auto funding = read_funding(parse("data/funding.json", funding_with("372064")), d);
    CHECK(messages(d).empty());
    REQUIRE(funding);
    REQUIRE(funding->years.size() == 1);
    const auto& year = funding->years[0];
    CHECK(year.period == "2023-24");
    CHECK(year.contributions.size() == 5);
    CHECK(year.contributions[1].partner == "Office of the Police and Crime Commissioner");
    CHECK(*year.contributions[4].amount == 3595);
    CHECK(year.contributions[4].where.line == 8);
    CHECK(*year.stated_total == 372064);
    CHECK(year.stated_total_where.line == 9);
    CHECK(year.stated_total_where.column == 21);
}

TEST_CASE("a stated total that differs from the sum is an error at the stated total naming both figures") {
    Diagnostics d;
    read_funding(parse("data/funding.json", funding_with("372000")), d);
    CHECK(messages(d) == std::vector<std::string>{
                             "data/funding.json:9:21: error: stated total £372,000 does not match the sum of "
                             "contributions £372,064"});
}

TEST_CASE("null amounts are n/a: kept as null and left out of the sum") {
    Diagnostics d;
    auto funding = read_funding(parse("data/funding.json",
                                      "{\"years\": [{\"period\": \"2023-24\", \"contributions\": [\n"
                                      "  {\"partner\": \"A\", \"amount\": 100},\n"
                                      "  {\"partner\": \"B\", \"amount\": null}],\n"
                                      "  \"stated_total\": 100}]}"),
                                d);
    CHECK(messages(d).empty());
    CHECK_FALSE(funding->years[0].contributions[1].amount.has_value());
}

TEST_CASE("funding fields must be present and of the right type, reported at the value") {
    Diagnostics d;
    read_funding(parse("data/funding.json",
                       "{\"years\": [{\"period\": \"2023-25\", \"contributions\": [\n"
                       "  {\"partner\": \"A\", \"amount\": \"162,435\"},\n"
                       "  {\"amount\": 5},\n"
                       "  7]},\n"
                       " {\"contributions\": []},\n"
                       " {\"period\": \"2022-23\", \"contributions\": {}}]}"),
                 d);
    CHECK(messages(d) == std::vector<std::string>{
                             "data/funding.json:1:23: error: invalid period \"2023-25\" (expected two consecutive "
                             "years like \"2023-24\")",
                             "data/funding.json:2:30: error: field \"amount\" must be a number or null, not a string",
                             "data/funding.json:3:3: error: missing required field \"partner\" (a string)",
                             "data/funding.json:4:3: error: a contribution must be an object, not a number",
                             "data/funding.json:5:2: error: missing required field \"period\" (a string)",
                             "data/funding.json:6:41: error: field \"contributions\" must be a list, not an object",
                         });
}

TEST_CASE("a funding period given twice is an error") {
    Diagnostics d;
    read_funding(parse("data/funding.json",
                       "{\"years\": [{\"period\": \"2023-24\", \"contributions\": []},\n"
                       "            {\"period\": \"2023-24\", \"contributions\": []}]}"),
                 d);
    CHECK(messages(d) == std::vector<std::string>{"data/funding.json:2:24: error: period \"2023-24\" appears twice"});
}

TEST_CASE("training reads periods, courses with figures per period and evaluations") {
    Diagnostics d;
    auto training = read_training(
        parse("data/training.json",
              "{\"periods\": [{\"id\": \"2022-23\", \"label\": \"Sep 2022 – Sep 2023\"}, {\"id\": \"2023-24\"}],\n"
              " \"courses\": [{\"title\": \"Child Exploitation\", \"format\": \"face-to-face\",\n"
              "   \"sessions\": {\"2022-23\": 11, \"2023-24\": null}, \"attended\": {\"2022-23\": 183}}],\n"
              " \"evaluations\": [{\"course\": \"CSA e-learning\", \"scale\": \"0-10\", \"before\": 4.2,\n"
              "   \"after\": 8.1, \"respondents\": 244}]}"),
        d);
    CHECK(messages(d).empty());
    REQUIRE(training);
    CHECK(training->periods[0].label == "Sep 2022 – Sep 2023");
    CHECK(training->periods[1].label == "2023-24");
    const auto& course = training->courses[0];
    CHECK(*course.sessions.at("2022-23") == 11);
    CHECK(course.sessions.count("2023-24") == 1);
    CHECK_FALSE(course.sessions.at("2023-24").has_value());
    CHECK(course.attended.count("2023-24") == 0);
    CHECK(*training->evaluations[0].after == 8.1);
}

TEST_CASE("training figures for an unknown period are errors with a hint") {
    Diagnostics d;
    read_training(parse("data/training.json",
                        "{\"periods\": [{\"id\": \"2022-23\"}],\n"
                        " \"courses\": [{\"title\": \"A\", \"sessions\": {\"2022-32\": 1, \"2022-23\": \"x\"}}]}"),
                  d);
    REQUIRE(d.all().size() == 2);
    CHECK(format_diagnostic(d.all()[0]) ==
          "data/training.json:2:67: error: figure for \"2022-23\" must be a number or null, not a string");
    CHECK(format_diagnostic(d.all()[1]) ==
          "data/training.json:2:53: error: unknown period \"2022-32\" (not in \"periods\")\n"
          "  hint: did you mean \"2022-23\"?");
}

TEST_CASE("key figures and checklists are read with their checks") {
    Diagnostics d;
    auto figures = read_key_figures(
        parse("data/key-figures.json",
              "{\"figures\": [{\"id\": \"learners\", \"label\": \"Learners registered\", \"value\": 67677, "
              "\"previous\": 63181},\n"
              " {\"label\": \"Spend\", \"value\": null, \"format\": \"pounds\"}]}"),
        d);
    REQUIRE(figures);
    CHECK((*figures)[0].format == "number");
    CHECK(*(*figures)[0].previous == 63181);
    CHECK_FALSE((*figures)[1].value.has_value());
    auto checklists = read_checklists(
        parse("data/checklists.json",
              "{\"checklists\": [{\"id\": \"annual-report\", \"title\": \"Annual report\", \"source\": \"WT 2023\",\n"
              "  \"items\": [{\"id\": \"evidence\", \"title\": \"Evidence of impact\"}, {\"id\": \"evidence\"}]}]}"),
        d);
    REQUIRE(checklists.size() == 1);
    CHECK(checklists[0].items.size() == 2);
    CHECK(checklists[0].source == "WT 2023");
    CHECK(messages(d) == std::vector<std::string>{
                             "data/key-figures.json:2:46: error: unknown figure format \"pounds\"\n"
                             "  hint: allowed: number, money, percent",
                             "data/checklists.json:2:64: error: missing required field \"title\" (a string)",
                             "data/checklists.json:2:71: error: duplicate checklist item id \"evidence\"",
                         });
}
