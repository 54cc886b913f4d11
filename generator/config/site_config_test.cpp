#include <catch2/catch.hpp>

#include "config/site_config.h"

using namespace publish;

namespace {

SiteConfig read(const std::string& text, std::vector<std::string>& messages) {
    Diagnostics d;
    DataStore store = load_data_store({{"data/site.json", text}}, d);
    SiteConfig config = read_site_config(store, d);
    d.sort();
    for (const auto& diagnostic : d.all()) messages.push_back(format_diagnostic(diagnostic));
    return config;
}

const std::string example =
    "{ \"name\": \"Example Safeguarding Children Partnership\", \"short_name\": \"ESCP\",\n"
    "  \"base_url\": \"https://example.org/\", \"language\": \"en-GB\",\n"
    "  \"contact\": { \"email\": \"escp@example.org\", \"phone\": \"01234 567890\" },\n"
    "  \"priorities\": [ { \"id\": \"exploitation\", \"title\": \"Tackling child exploitation\" } ],\n"
    "  \"themes\": [ { \"id\": \"neglect\", \"title\": \"Neglect\" } ],\n"
    "  \"governance\": { \"name\": \"Assurance Executive\", \"chair\": \"Independent Chair\",\n"
    "                  \"children\": [ { \"name\": \"Strategic Management Group\", \"children\": [] } ] },\n"
    "  \"partners\": [ { \"name\": \"County Council\", \"role\": \"statutory\" } ] }\n";

}  // namespace

TEST_CASE("the content model's example site.json reads without errors") {
    std::vector<std::string> messages;
    SiteConfig c = read(example, messages);
    CHECK(messages.empty());
    CHECK(c.name == "Example Safeguarding Children Partnership");
    CHECK(c.short_name == "ESCP");
    CHECK(c.base_url == "https://example.org/");
    CHECK(c.base_path == "/");
    CHECK(c.language == "en-GB");
    CHECK(c.theme == "default");
    CHECK(c.year_starts == "04-01");
    CHECK(c.email == "escp@example.org");
    CHECK(c.phone == "01234 567890");
    REQUIRE(c.priorities.size() == 1);
    CHECK(c.priorities[0].title == "Tackling child exploitation");
    CHECK(c.themes[0].id == "neglect");
    REQUIRE(c.governance);
    CHECK(c.governance->chair == "Independent Chair");
    REQUIRE(c.governance->children.size() == 1);
    CHECK(c.governance->children[0].name == "Strategic Management Group");
    CHECK(c.partners[0].role == "statutory");
}

TEST_CASE("base_url gains a trailing slash and base_path is its path") {
    std::vector<std::string> messages;
    SiteConfig c = read("{\"name\": \"N\", \"base_url\": \"https://example.org/partnership\"}", messages);
    CHECK(messages.empty());
    CHECK(c.base_url == "https://example.org/partnership/");
    CHECK(c.base_path == "/partnership/");
    c = read("{\"name\": \"N\", \"base_url\": \"http://localhost:8000\"}", messages);
    CHECK(c.base_url == "http://localhost:8000/");
    CHECK(c.base_path == "/");
}

TEST_CASE("optional settings are read: description, theme, logo, year_starts") {
    std::vector<std::string> messages;
    SiteConfig c = read("{\"name\": \"N\", \"base_url\": \"https://e.org/\", \"description\": \"D\", \"theme\": "
                        "\"civic\", \"logo\": \"images/logo.png\", \"year_starts\": \"09-01\", \"language\": \"en\"}",
                        messages);
    CHECK(messages.empty());
    CHECK(c.description == "D");
    CHECK(c.theme == "civic");
    CHECK(c.logo == "images/logo.png");
    CHECK(c.year_starts == "09-01");
    CHECK(c.language == "en");
}

TEST_CASE("a missing site.json is an error with a hint") {
    Diagnostics d;
    DataStore store = load_data_store({{"data/funding.json", "{\"years\": []}"}}, d);
    read_site_config(store, d);
    REQUIRE(d.all().size() == 1);
    CHECK(format_diagnostic(d.all()[0]) ==
          "data/site.json: error: missing site settings file\n"
          "  hint: create data/site.json with at least { \"name\": \"…\", \"base_url\": \"https://…/\" }");
}

TEST_CASE("a site.json with a syntax error is reported once") {
    std::vector<std::string> messages;
    read("{\"name\": \"N\",\n}", messages);
    CHECK(messages == std::vector<std::string>{"data/site.json:2:1: error: invalid JSON: trailing comma before '}'"});
}

TEST_CASE("site settings errors are reported at their values") {
    std::vector<std::string> messages;
    read("{\"short_name\": 5, \"base_url\": \"example.org\", \"year_starts\": \"02-29\",\n"
         " \"themes\": [{\"id\": \"neglect\", \"title\": \"Neglect\"}, {\"id\": \"neglect\", \"title\": \"Again\"},\n"
         "            {\"title\": \"No id\"}],\n"
         " \"partners\": [{\"name\": \"Police\", \"role\": \"statutary\"}, {\"name\": \"Charity\", \"role\": \"friend\"}],\n"
         " \"governance\": {\"chair\": \"C\", \"children\": [{\"name\": \"Sub\", \"children\": [3]}]},\n"
         " \"base-url\": \"https://example.org/\"}",
         messages);
    // The schema (schemas/site.schema.json) reports types, required fields and allowed values
    // first; the reader adds what a schema cannot say, and never repeats a problem.
    CHECK(messages == std::vector<std::string>{
                          "data/site.json:1:1: error: Missing required property 'name'\n"
                          "  hint: add \"name\": The partnership's full name, as it appears on every page and PDF.",
                          "data/site.json:1:16: error: Value type not permitted by 'type' constraint\n"
                          "  hint: \"short_name\" must be a string, not a number — The abbreviation, like \"LSCP\".",
                          "data/site.json:1:31: error: base_url must be a full web address like "
                          "\"https://example.org/\", not \"example.org\"",
                          "data/site.json:1:61: error: year_starts must be a month and day MM-DD like \"04-01\", not "
                          "\"02-29\"",
                          "data/site.json:2:59: error: duplicate theme id \"neglect\"",
                          "data/site.json:3:13: error: Missing required property 'id'\n"
                          "  hint: add \"id\": A short id in lower case with hyphens, like \"neglect\".",
                          "data/site.json:4:42: error: Failed to match against any enum values\n"
                          "  hint: did you mean \"statutory\"?; allowed: statutory, relevant, other",
                          "data/site.json:4:84: error: Failed to match against any enum values\n"
                          "  hint: allowed: statutory, relevant, other",
                          "data/site.json:5:16: error: Missing required property 'name'\n"
                          "  hint: add \"name\": The board's, group's or subgroup's name.",
                          "data/site.json:5:73: error: Value type not permitted by 'type' constraint\n"
                          "  hint: item 1 must be an object, not a number",
                          "data/site.json:6:14: warning: unknown setting \"base-url\"\n"
                          "  hint: did you mean \"base_url\"?",
                      });
}
