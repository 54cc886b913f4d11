#include <catch2/catch.hpp>

#include <numeric>

#include "data/format.h"

using namespace publish;

TEST_CASE("numbers get thousands separators and round in the last place") {
    CHECK(format_number(67677) == "67,677");
    CHECK(format_number(372064) == "372,064");
    CHECK(format_number(999) == "999");
    CHECK(format_number(1000) == "1,000");
    CHECK(format_number(1234567.891, 2) == "1,234,567.89");
    CHECK(format_number(43.65, 1) == "43.7");
    CHECK(format_number(2.5) == "3");
    CHECK(format_number(-4496) == "-4,496");
    CHECK(format_number(-0.04, 1) == "0.0");
    CHECK(format_number(0) == "0");
}

TEST_CASE("money is whole pounds with a pound sign, pence only when present") {
    CHECK(format_money(372064) == "£372,064");
    CHECK(format_money(3595) == "£3,595");
    CHECK(format_money(12.5) == "£12.50");
    CHECK(format_money(-250) == "-£250");
    CHECK(format_money(0) == "£0");
}

TEST_CASE("percentages keep the given decimals") {
    CHECK(format_percent(43.7) == "43.7%");
    CHECK(format_percent(100) == "100.0%");
    CHECK(format_percent(7.544, 0) == "8%");
}

TEST_CASE("a null figure prints n/a whatever its kind") {
    CHECK(format_figure(std::nullopt) == "n/a");
    CHECK(format_figure(std::nullopt, FigureKind::money) == "n/a");
    CHECK(format_figure(67677.0) == "67,677");
    CHECK(format_figure(8.1) == "8.1");
    CHECK(format_figure(4.25) == "4.25");
    CHECK(format_figure(162435.0, FigureKind::money) == "£162,435");
    CHECK(format_figure(87.0, FigureKind::percent) == "87%");
    CHECK(format_figure(43.7, FigureKind::percent) == "43.7%");
}

TEST_CASE("figure kinds parse from their names") {
    FigureKind k = FigureKind::number;
    CHECK(parse_figure_kind("money", k));
    CHECK(k == FigureKind::money);
    CHECK_FALSE(parse_figure_kind("pounds", k));
}

TEST_CASE("shares of the real funding round to one decimal and sum to exactly 100") {
    std::vector<double> amounts{162435, 74933, 103031, 28070, 3595};
    auto shares = shares_to_100(amounts, 1);
    CHECK(shares == std::vector<double>{43.7, 20.1, 27.7, 7.5, 1.0});
    long long tenths = 0;
    for (double s : shares) tenths += std::llround(s * 10);
    CHECK(tenths == 1000);
}

TEST_CASE("largest remainder gives the leftover to the biggest remainders, earlier first on ties") {
    CHECK(shares_to_100({1, 1, 1}, 1) == std::vector<double>{33.4, 33.3, 33.3});
    CHECK(shares_to_100({1, 1, 1}, 0) == std::vector<double>{34, 33, 33});
    CHECK(shares_to_100({2, 1, 1, 1, 1, 1, 1}, 0) == std::vector<double>{25, 13, 13, 13, 12, 12, 12});
    CHECK(shares_to_100({0, 0}, 1) == std::vector<double>{0, 0});
    CHECK(shares_to_100({}, 1).empty());
    auto many = shares_to_100(std::vector<double>(7, 1.0), 1);
    CHECK(std::llround(std::accumulate(many.begin(), many.end(), 0.0) * 10) == 1000);
}

TEST_CASE("slugs are lower-case words joined by hyphens") {
    CHECK(slug_of("Office of the Police and Crime Commissioner") == "office-of-the-police-and-crime-commissioner");
    CHECK(slug_of("  District councils (7) ") == "district-councils-7");
    CHECK(slug_of("Café & Co") == "caf-co");
    CHECK(capitalised("face-to-face") == "Face-to-face");
}
