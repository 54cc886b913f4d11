#include <catch2/catch.hpp>

#include "data/data_store.h"

using namespace publish;

namespace {

std::string first_error(std::string_view text, const std::string& path = "data/funding.json") {
    Diagnostics d;
    DataFile f;
    bool ok = parse_data_file(path, text, f, d);
    if (ok || d.all().empty()) return "(no error)";
    return format_diagnostic(d.all().front());
}

std::string at(const DataFile& f, const std::string& pointer) {
    auto loc = f.at(pointer);
    return std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

TEST_CASE("every JSON value's line and column is recorded by its pointer") {
    std::string text =
        "{ \"currency\": \"GBP\",\n"
        "  \"years\": [\n"
        "    { \"period\": \"2023-24\",\n"
        "      \"contributions\": [ { \"partner\": \"Café £\", \"amount\": 162435 },\n"
        "                         { \"partner\": \"B\", \"amount\": null } ],\n"
        "      \"stated_total\": 162435 } ] }\n";
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file("data/funding.json", text, f, d));
    CHECK(d.all().empty());
    CHECK(f.valid);
    CHECK(f.value["years"][0]["stated_total"] == 162435);
    CHECK(at(f, "") == "1:1");
    CHECK(at(f, "/currency") == "1:15");
    CHECK(at(f, "/years") == "2:12");
    CHECK(at(f, "/years/0") == "3:5");
    CHECK(at(f, "/years/0/period") == "3:17");
    CHECK(at(f, "/years/0/contributions/0") == "4:26");
    CHECK(at(f, "/years/0/contributions/0/amount") == "4:59");  // columns count characters, not bytes
    CHECK(at(f, "/years/0/contributions/1/amount") == "5:54");
    CHECK(at(f, "/years/0/stated_total") == "6:23");
}

TEST_CASE("a pointer that was not recorded falls back to its nearest parent, then the file") {
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file("data/x.json", "{\n  \"a\": {\"b\": 1}\n}", f, d));
    CHECK(at(f, "/a/nope/deeper") == "2:8");
    CHECK(f.at("/a/b").column == 14);
    CHECK(f.at("/zzz").line == 1);
    DataFile empty;
    empty.path = "data/x.json";
    CHECK(empty.at("/a").file == "data/x.json");
    CHECK(empty.at("/a").line == 0);
}

TEST_CASE("member names with / and ~ are escaped in pointers") {
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file("data/x.json", "{\"a/b\": 1, \"c~d\": 2, \"e\\u0066\": 3}", f, d));
    CHECK(f.positions.count("/a~1b") == 1);
    CHECK(f.positions.count("/c~0d") == 1);
    CHECK(f.positions.count("/ef") == 1);
}

TEST_CASE("JSON syntax errors are reported at their line and column with a short reason") {
    CHECK(first_error("{\n  \"a\": 1\n  \"b\": 2\n}") ==
          "data/funding.json:3:3: error: invalid JSON: expected ',' or '}' after a member");
    CHECK(first_error("[1, 2,\n]") == "data/funding.json:2:1: error: invalid JSON: trailing comma before ']'");
    CHECK(first_error("{\"a\": 1,}") == "data/funding.json:1:9: error: invalid JSON: trailing comma before '}'");
    CHECK(first_error("{\"a\": \"£ unterminated\n}") == "data/funding.json:1:7: error: invalid JSON: unterminated string");
    CHECK(first_error("{\"a\": True}") ==
          "data/funding.json:1:7: error: invalid JSON: unknown word \"True\", expected a value (true, false, null, a "
          "number, a string)");
    CHECK(first_error("{'a': 1}") == "data/funding.json:1:2: error: invalid JSON: strings must be in double quotes");
    CHECK(first_error("{\"a\" 1}") == "data/funding.json:1:6: error: invalid JSON: expected ':' after the member name");
    CHECK(first_error("{\"a\": 01}") == "data/funding.json:1:8: error: invalid JSON: numbers must not start with 0");
    CHECK(first_error("{\"a\": 1.}") ==
          "data/funding.json:1:9: error: invalid JSON: invalid number: expected a digit after '.'");
    CHECK(first_error("{\"a\": \"\\q\"}") == "data/funding.json:1:9: error: invalid JSON: invalid escape '\\q' in string");
    CHECK(first_error("{\"a\": 1} x") == "data/funding.json:1:10: error: invalid JSON: unexpected text after the JSON value");
    CHECK(first_error("{\"a\": [1, 2") == "data/funding.json:1:12: error: invalid JSON: unexpected end of file, expected ']'");
    CHECK(first_error("  \n") == "data/funding.json:2:1: error: invalid JSON: the file is empty");
    CHECK(first_error("// note\n{}") == "data/funding.json:1:1: error: invalid JSON: comments are not allowed in JSON");
    CHECK(first_error("{\"a\": \"tab\there\"}") ==
          "data/funding.json:1:11: error: invalid JSON: control character in string (write it as an escape)");
}

TEST_CASE("too deep nesting is an error, not a crash") {
    std::string deep(100000, '[');
    CHECK(first_error(deep) == "data/funding.json:1:258: error: invalid JSON: nesting is too deep");
}

TEST_CASE("invalid UTF-8 is an error at its position") {
    CHECK(first_error("{\"a\": \"ok\",\n \"b\": \"caf\xE9\"}") ==
          "data/funding.json:2:11: error: invalid UTF-8 (the file must be saved as UTF-8)");
    CHECK(first_error("{\"a\": \"\xED\xA0\x80\"}") ==
          "data/funding.json:1:8: error: invalid UTF-8 (the file must be saved as UTF-8)");
}

TEST_CASE("a byte order mark is accepted and not counted") {
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file("data/x.json", "\xEF\xBB\xBF{\"a\": 1}", f, d));
    CHECK(at(f, "/a") == "1:7");
}

TEST_CASE("a duplicate member name is an error at the second one") {
    Diagnostics d;
    DataFile f;
    parse_data_file("data/x.json", "{\"a\": 1,\n \"a\": 2}", f, d);
    REQUIRE(d.all().size() == 1);
    CHECK(format_diagnostic(d.all()[0]) == "data/x.json:2:2: error: duplicate key \"a\"");
}

TEST_CASE("parsing is linear: a large file with many values parses quickly") {
    std::string text = "[";
    for (int i = 0; i < 50000; ++i) text += (i ? ",\n" : "") + std::string("{\"id\": \"x\", \"v\": 1.5}");
    text += "]";
    Diagnostics d;
    DataFile f;
    REQUIRE(parse_data_file("data/big.json", text, f, d));
    CHECK(f.positions.size() == 1 + 50000 * 3);
    CHECK(at(f, "/49999/v") == "50000:18");
}
