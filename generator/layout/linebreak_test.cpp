// Line breaking: total fit against known-good breaks, hyphenation, the paragraph's last word.
#include <catch2/catch.hpp>

#include "layout/linebreak.h"
#include "layout/paragraph.h"

using namespace publish::layout;

namespace {

std::vector<BreakItem> words(std::initializer_list<int> lengths) {
    std::vector<BreakItem> items;
    for (int n : lengths) {
        if (!items.empty()) items.push_back({BreakItem::glue, 1});
        items.push_back({BreakItem::box, static_cast<double>(n)});
    }
    items.push_back({BreakItem::penalty, 0, 0, false, true});
    return items;
}

/// The text of each line, joined per line.
std::vector<std::string> line_texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) {
        std::string s;
        for (const auto& item : line.items)
            if (item.kind == ItemKind::text) s += item.text;
        out.push_back(s);
    }
    return out;
}

struct Fixture {
    FixedWidthMeasurer measurer{500};  // 5 pt per character at 10 pt
    WidthCache widths{measurer};
    ListHyphenator dictionary{{"safe-guard-ing", "part-ner-ship"}};
    HyphenationCache hyphenation{&dictionary};
    TextServices services{widths, hyphenation};

    std::vector<std::string> set(const std::string& text, double chars) {
        Run run;
        run.text = text;
        run.size = 10;
        ParagraphFormat format{chars * 5, 14, 10, 'l', true};
        return line_texts(set_paragraph({run}, format, services));
    }
};

}  // namespace

TEST_CASE("total fit evens out lines that first fit would leave ragged") {
    // "aaa bb cc ddddd" in 6: first fit gives "aaa bb | cc | ddddd" (slack 0, 4);
    // total fit gives "aaa | bb cc | ddddd" (slack 3, 1), fewer squared demerits.
    auto breaks = break_lines(words({3, 2, 2, 5}), 6, 1);
    REQUIRE(breaks == std::vector<size_t>{1, 5, 7});
}

TEST_CASE("a word wider than the line gets a line of its own") {
    auto breaks = break_lines(words({2, 9, 2}), 6, 1);
    REQUIRE(breaks == std::vector<size_t>{1, 3, 5});
}

TEST_CASE("known-good breaks of a paragraph set with fixed widths") {
    Fixture f;
    auto lines = f.set("The partnership met in May to agree the plan for the year ahead.", 24);
    REQUIRE(lines == std::vector<std::string>{"The partnership met in", "May to agree the plan", "for the year ahead."});
}

TEST_CASE("words are hyphenated inside a paragraph") {
    Fixture f;
    REQUIRE(f.set("aa safeguarding bb", 13) == std::vector<std::string>{"aa safeguard-", "ing bb"});
}

TEST_CASE("the last word of a paragraph is never hyphenated") {
    Fixture f;
    REQUIRE(f.set("aa safeguarding", 13) == std::vector<std::string>{"aa", "safeguarding"});
}

TEST_CASE("existing hyphens are break points without an added hyphen") {
    Fixture f;
    REQUIRE(f.set("a strong multi-agency response", 16) == std::vector<std::string>{"a strong multi-", "agency response"});
}

TEST_CASE("a hard line break ends a line") {
    Fixture f;
    Run a, brk, b;
    a.text = "one two";
    brk.hard_break = true;
    b.text = "three";
    a.size = b.size = 10;
    ParagraphFormat format{200, 14, 10, 'l', true};
    REQUIRE(line_texts(set_paragraph({a, brk, b}, format, f.services)) == std::vector<std::string>{"one two", "three"});
}

TEST_CASE("right-aligned lines end at the measure") {
    Fixture f;
    Run run;
    run.text = "£372,064";
    run.size = 10;
    ParagraphFormat format{100, 14, 10, 'r', true};
    auto lines = set_paragraph({run}, format, f.services);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].items[0].x == Approx(100 - 8 * 5));
}
