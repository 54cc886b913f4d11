#include <catch2/catch.hpp>

#include "data/csv.h"

using namespace publish;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& diagnostic : d.all()) out.push_back(format_diagnostic(diagnostic));
    return out;
}

/// Every cell as "line:column text", row by row.
std::vector<std::vector<std::string>> cells(const std::vector<CsvRow>& rows) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : rows) {
        out.emplace_back();
        for (const auto& cell : row)
            out.back().push_back(std::to_string(cell.where.line) + ":" + std::to_string(cell.where.column) + " " +
                                 cell.text);
    }
    return out;
}

std::vector<std::vector<std::string>> parse_ok(const std::string& text) {
    Diagnostics d;
    std::vector<CsvRow> rows;
    bool ok = parse_csv(text, "data/t.csv", rows, d);
    INFO((messages(d).empty() ? std::string() : messages(d)[0]));
    CHECK(ok);
    CHECK(d.all().empty());
    return cells(rows);
}

std::vector<std::string> parse_bad(const std::string& text) {
    Diagnostics d;
    std::vector<CsvRow> rows;
    CHECK_FALSE(parse_csv(text, "data/t.csv", rows, d));
    return messages(d);
}

}  // namespace

TEST_CASE("plain cells with their line and column") {
    CHECK(parse_ok("Course,Attended\nSafer sleep,183\n") ==
          std::vector<std::vector<std::string>>{{"1:1 Course", "1:8 Attended"}, {"2:1 Safer sleep", "2:13 183"}});
}

TEST_CASE("quoted cells hold commas, doubled quotes and line breaks") {
    CHECK(parse_ok("a,b\n\"1,234\",\"say \"\"hello\"\"\"\n\"two\nlines\",x") ==
          std::vector<std::vector<std::string>>{
              {"1:1 a", "1:3 b"}, {"2:1 1,234", "2:9 say \"hello\""}, {"3:1 two\nlines", "4:8 x"}});
}

TEST_CASE("CRLF line ends and Excel's byte order mark") {
    CHECK(parse_ok("\xEF\xBB\xBFName,£\r\n\"A\r\nB\",£1\r\n") ==
          std::vector<std::vector<std::string>>{{"1:1 Name", "1:6 £"}, {"2:1 A\nB", "3:4 £1"}});
}

TEST_CASE("empty cells are kept, empty lines are skipped, a lone CR ends a row") {
    CHECK(parse_ok("a,b,c\n\n,,\r\n1,\"\",3\r") ==
          std::vector<std::vector<std::string>>{
              {"1:1 a", "1:3 b", "1:5 c"}, {"3:1 ", "3:2 ", "3:3 "}, {"4:1 1", "4:3 ", "4:6 3"}});
    CHECK(parse_ok("").empty());
}

TEST_CASE("a row with too many or too few cells is an error at the row") {
    CHECK(parse_bad("Partner,Amount\nCounty Council,162,435\nPolice\n") ==
          std::vector<std::string>{
              "data/t.csv:2:20: error: this row has 3 cells, the header row has 2\n"
              "  hint: a cell holding a comma must be in double quotes, like \"1,234\"",
              "data/t.csv:3:1: error: this row has 1 cells, the header row has 2\n"
              "  hint: a cell is missing after this one"});
}

TEST_CASE("a quote never closed, text after a closing quote, and invalid UTF-8 are errors at their place") {
    CHECK(parse_bad("a,b\n1,\"open\n") ==
          std::vector<std::string>{"data/t.csv:2:3: error: this cell's opening quote is never closed\n"
                                   "  hint: a quote inside a quoted cell is written twice: \"\""});
    CHECK(parse_bad("a,b\n\"x\"y,2\n") ==
          std::vector<std::string>{"data/t.csv:2:4: error: text after the closing quote of a cell\n"
                                   "  hint: put the whole cell in quotes and write a quote inside it twice: \"\""});
    CHECK(parse_bad("a,b\n1,\xA3" "5\n") ==
          std::vector<std::string>{"data/t.csv:2:3: error: invalid UTF-8 (save the spreadsheet as \"CSV UTF-8\")"});
}
