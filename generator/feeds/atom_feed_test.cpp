// Tests for feed.xml: parsed back with tinyxml2, checked entry by entry.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "feeds/feeds.h"

using namespace publish;

namespace {

Site test_site() {
    Site site;
    site.config.name = "Northshire Safeguarding Children Partnership";
    site.config.base_url = "https://example.org/nscp/";
    site.config.base_path = "/nscp/";
    site.config.themes = {{"neglect", "Neglect", ""}, {"online", "Online safety", ""}};
    site.build_timestamp = "2024-06-01T09:30:00Z";
    return site;
}

Document doc(DocType type, std::string title, std::string date, std::string url) {
    Document d;
    d.type = type;
    d.meta.title = std::move(title);
    d.meta.date = std::move(date);
    d.url = std::move(url);
    return d;
}

/// Titles of the feed's entries, in order.
std::vector<std::string> entry_titles(const tinyxml2::XMLElement* feed) {
    std::vector<std::string> titles;
    for (auto* e = feed->FirstChildElement("entry"); e; e = e->NextSiblingElement("entry"))
        titles.push_back(e->FirstChildElement("title")->GetText());
    return titles;
}

}  // namespace

TEST_CASE("the feed lists published briefings and bulletins newest first, then by title") {
    Site site = test_site();
    site.documents.push_back(doc(DocType::briefing, "Older", "2023-01-05", "briefings/older/"));
    site.documents.push_back(doc(DocType::bulletin, "Zebra", "2024-03-01", "bulletins/zebra/"));
    site.documents.push_back(doc(DocType::briefing, "Alpha", "2024-03-01", "briefings/alpha/"));
    site.documents.push_back(doc(DocType::page, "About", "2024-05-01", "about/"));
    Document draft = doc(DocType::briefing, "Secret draft", "2024-05-20", "briefings/secret/");
    draft.published = false;
    site.documents.push_back(draft);

    OutputFile out = render_atom_feed(site);
    CHECK(out.path == "feed.xml");
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(out.bytes.c_str()) == tinyxml2::XML_SUCCESS);
    auto* feed = xml.FirstChildElement("feed");
    REQUIRE(feed);
    CHECK(std::string(feed->Attribute("xmlns")) == "http://www.w3.org/2005/Atom");
    CHECK(std::string(feed->FirstChildElement("id")->GetText()) == "https://example.org/nscp/");
    CHECK(std::string(feed->FirstChildElement("title")->GetText()) == site.config.name);
    CHECK(std::string(feed->FirstChildElement("updated")->GetText()) == "2024-06-01T09:30:00Z");
    CHECK(std::string(feed->FirstChildElement("author")->FirstChildElement("name")->GetText()) ==
          site.config.name);
    auto* self = feed->FirstChildElement("link");
    CHECK(std::string(self->Attribute("rel")) == "self");
    CHECK(std::string(self->Attribute("href")) == "https://example.org/nscp/feed.xml");
    CHECK(std::string(self->NextSiblingElement("link")->Attribute("rel")) == "alternate");

    CHECK(entry_titles(feed) == std::vector<std::string>{"Alpha", "Zebra", "Older"});
    CHECK(out.bytes.find("Secret") == std::string::npos);
    CHECK(out.bytes.find("About") == std::string::npos);
}

TEST_CASE("an entry has an absolute id, link, RFC 3339 updated time, summary and categories") {
    Site site = test_site();
    Document d = doc(DocType::briefing, "Safer sleep", "2024-02-10", "briefings/safer-sleep/");
    d.meta.updated = "2024-04-02";
    d.meta.summary = "What every practitioner should say about safe sleep.";
    d.meta.themes = {"neglect", "unknown-theme"};
    site.documents.push_back(d);
    site.documents.push_back(doc(DocType::bulletin, "No update", "2024-01-09", "bulletins/jan/"));

    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(render_atom_feed(site).bytes.c_str()) == tinyxml2::XML_SUCCESS);
    auto* entry = xml.FirstChildElement("feed")->FirstChildElement("entry");
    REQUIRE(entry);
    const std::string url = "https://example.org/nscp/briefings/safer-sleep/";
    CHECK(entry->FirstChildElement("id")->GetText() == url);
    CHECK(std::string(entry->FirstChildElement("updated")->GetText()) == "2024-04-02T00:00:00Z");
    CHECK(std::string(entry->FirstChildElement("published")->GetText()) == "2024-02-10T00:00:00Z");
    CHECK(entry->FirstChildElement("link")->Attribute("href") == url);
    CHECK(entry->FirstChildElement("summary")->GetText() == d.meta.summary);
    auto* category = entry->FirstChildElement("category");
    REQUIRE(category);
    CHECK(std::string(category->Attribute("term")) == "neglect");
    CHECK(std::string(category->Attribute("label")) == "Neglect");
    category = category->NextSiblingElement("category");
    REQUIRE(category);
    CHECK(std::string(category->Attribute("label")) == "unknown-theme");

    auto* second = entry->NextSiblingElement("entry");
    REQUIRE(second);
    CHECK(std::string(second->FirstChildElement("updated")->GetText()) == "2024-01-09T00:00:00Z");
    CHECK(second->FirstChildElement("summary") == nullptr);
}

TEST_CASE("titles with & and < are escaped and read back unchanged") {
    Site site = test_site();
    site.config.name = "Tees & Wear <SCP>";
    site.documents.push_back(doc(DocType::briefing, "Drugs & alcohol: <18s", "2024-01-01", "briefings/d/"));
    OutputFile out = render_atom_feed(site);
    CHECK(out.bytes.find("Drugs &amp; alcohol: &lt;18s") != std::string::npos);
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(out.bytes.c_str()) == tinyxml2::XML_SUCCESS);
    auto* feed = xml.FirstChildElement("feed");
    CHECK(std::string(feed->FirstChildElement("title")->GetText()) == "Tees & Wear <SCP>");
    CHECK(entry_titles(feed) == std::vector<std::string>{"Drugs & alcohol: <18s"});
}

TEST_CASE("the feed holds at most 50 entries, the newest ones") {
    Site site = test_site();
    for (int i = 1; i <= 60; ++i) {
        // Entries 1..30 in January, 31..60 in February (days 01..28, repeating).
        int day = i % 28 + 1;
        std::string date = std::string(i <= 30 ? "2024-01-" : "2024-02-") + (day < 10 ? "0" : "") +
                           std::to_string(day);
        std::string n = std::to_string(100 + i);
        site.documents.push_back(doc(DocType::bulletin, "B" + n, date, "bulletins/b" + n + "/"));
    }
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(render_atom_feed(site).bytes.c_str()) == tinyxml2::XML_SUCCESS);
    std::vector<std::string> titles = entry_titles(xml.FirstChildElement("feed"));
    CHECK(titles.size() == 50);
    // Every February entry (31..60) is newer than every January one.
    for (int i = 31; i <= 60; ++i)
        CHECK(std::find(titles.begin(), titles.end(), "B" + std::to_string(100 + i)) != titles.end());
}

TEST_CASE("the feed is the same bytes whatever order the documents come in") {
    Site a = test_site();
    a.documents.push_back(doc(DocType::briefing, "One", "2024-01-01", "briefings/one/"));
    a.documents.push_back(doc(DocType::briefing, "Two", "2024-01-01", "briefings/two/"));
    Site b = a;
    std::swap(b.documents[0], b.documents[1]);
    CHECK(render_atom_feed(a).bytes == render_atom_feed(b).bytes);
}

TEST_CASE("an empty feed is still valid and dated by the build") {
    Site site = test_site();
    std::string bytes = render_atom_feed(site).bytes;
    CHECK(bytes.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed", 0) == 0);
    tinyxml2::XMLDocument xml;
    REQUIRE(xml.Parse(bytes.c_str()) == tinyxml2::XML_SUCCESS);
    CHECK(xml.FirstChildElement("feed")->FirstChildElement("entry") == nullptr);
}
