// Tests for the client-side search index.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "html/site_pages.h"
#include "html/test_site.h"

using namespace publish;
using namespace publish::test;

TEST_CASE("the search index lists published documents with title, url, type, summary, text and themes") {
    Site site = make_site();
    OutputFile file = render_search_index(site);
    CHECK(file.path == "search-index.json");
    auto index = nlohmann::json::parse(file.bytes);
    REQUIRE(index.is_array());
    CHECK(index.size() == site.documents.size() - 1);  // not the draft
    const nlohmann::json* briefing = nullptr;
    for (const auto& entry : index) {
        CHECK(entry["url"].get<std::string>().starts_with("/lscp/"));
        CHECK(entry["title"] != "Unfinished briefing");
        if (entry["title"] == "Safer sleep") briefing = &entry;
    }
    REQUIRE(briefing);
    CHECK((*briefing)["url"] == "/lscp/briefings/safer-sleep/");
    CHECK((*briefing)["type"] == "7-minute briefing");
    CHECK((*briefing)["summary"] == "How to talk to families about safer sleep.");
    CHECK((*briefing)["themes"] == nlohmann::json::array({"neglect"}));
    CHECK((*briefing)["text"].get<std::string>().find("Why it matters") != std::string::npos);
}

TEST_CASE("long texts are cut near 2,000 bytes at a word and never inside a character") {
    Site site = make_site();
    std::string long_text;
    for (int i = 0; i < 600; ++i) long_text += "café ";
    site.documents[about_doc].body.children.push_back(paragraph(long_text));
    auto index = nlohmann::json::parse(render_search_index(site).bytes);  // parse fails on broken UTF-8
    for (const auto& entry : index) {
        std::string text = entry["text"];
        CHECK(text.size() <= 2000);
        if (entry["title"] == "About us") CHECK(text.ends_with("café"));
    }
}
