// Tests for slugify: the ids and URL names made from heading texts and titles.
#include <catch2/catch.hpp>

#include "markdown/markdown.h"

using namespace publish;

TEST_CASE("slugs are lower-case ASCII words joined by single dashes") {
    CHECK(slugify("Why it matters") == "why-it-matters");
    CHECK(slugify("  Questions to reflect on?!  ") == "questions-to-reflect-on");
    CHECK(slugify("2023-24: Year in review") == "2023-24-year-in-review");
    CHECK(slugify("a -- b __ c") == "a-b-c");
}

TEST_CASE("slugs fold accented letters, spell & as and, and drop apostrophes and pounds") {
    CHECK(slugify("Café Ørsted Łódź Straße œuvre") == "cafe-orsted-lodz-strasse-oeuvre");
    CHECK(slugify("ÀÉÎÕÜ Ñ Ç Ÿ") == "aeiou-n-c-y");
    CHECK(slugify("Fish & chips") == "fish-and-chips");
    CHECK(slugify("R&D") == "r-and-d");
    CHECK(slugify("Children’s services and children's homes") == "childrens-services-and-childrens-homes");
    CHECK(slugify("£372,064 total") == "372-064-total");
}

TEST_CASE("a text with no letters or digits slugs to section") {
    CHECK(slugify("") == "section");
    CHECK(slugify("?!—…") == "section");
    CHECK(slugify("日本語") == "section");
    CHECK(slugify("\xFF\xFE") == "section");
}

TEST_CASE("other scripts and symbols separate words") {
    CHECK(slugify("Neglect→harm × 2") == "neglect-harm-2");
    CHECK(slugify("x\xEE\x80\x80" "3" "\xEE\x80\x81" "y") == "x-3-y");
}
