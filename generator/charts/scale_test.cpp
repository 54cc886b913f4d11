// Tests for value axes: round ticks, zero included, degenerate ranges, decimals of a step.
#include <catch2/catch.hpp>

#include "charts/scale.h"

using namespace publish::charts;

TEST_CASE("money axes tick on round numbers and cover the largest value") {
    Scale s = nice_scale(0, 162435, 6);
    CHECK(s.step == 50000);
    CHECK(s.ticks == std::vector<double>{0, 50000, 100000, 150000, 200000});
    CHECK(s.position(100000, 0, 400) == Approx(200));
}

TEST_CASE("a 0-10 scale ticks every 2, 1,200 every 250") {
    CHECK(nice_scale(0, 10, 6).ticks == std::vector<double>{0, 2, 4, 6, 8, 10});
    Scale s = nice_scale(0, 1200, 6);
    CHECK(s.step == 250);
    CHECK(s.max == 1250);
    CHECK(s.ticks.size() == 6);
}

TEST_CASE("zero is always on the axis, equal and negative ranges still work") {
    CHECK(nice_scale(3, 3, 6).ticks == std::vector<double>{0, 1, 2, 3});
    CHECK(nice_scale(0, 0, 6).ticks.back() == Approx(1));
    Scale s = nice_scale(-5, 12, 6);
    CHECK(s.min == -5);
    CHECK(s.max == 15);
    CHECK(s.step == 5);
    CHECK(nice_scale(10, 0, 6).max == 10);  // reversed bounds
}

TEST_CASE("never more ticks than asked for") {
    for (double high : {1.0, 7.0, 99.0, 101.0, 4496.0, 372064.0, 0.37})
        for (int ticks = 2; ticks <= 8; ++ticks) CHECK(nice_scale(0, high, ticks).ticks.size() <= size_t(ticks));
}

TEST_CASE("decimals a step needs") {
    CHECK(step_decimals(2.5) == 1);
    CHECK(step_decimals(0.25) == 2);
    CHECK(step_decimals(50000) == 0);
}
