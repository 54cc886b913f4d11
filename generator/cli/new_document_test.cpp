#include <catch2/catch.hpp>

#include "cli/new_document.h"
#include "content/documents.h"

using namespace publish;

namespace {

NewDocument briefing() {
    NewDocument doc;
    doc.kind = "briefing";
    doc.title = "Safer sleep: \"back to sleep\"";
    doc.date = "2024-06-01";
    doc.theme_ids = {"neglect", "infants"};
    return doc;
}

/// A site of the given content files, loaded as a build loads it.
Site loaded(const FileMap& files) {
    Site site;
    site.build_date = "2024-06-01";
    site.files = &files;
    Diagnostics d;
    load_documents(files, site, d);
    REQUIRE_FALSE(d.has_errors());
    return site;
}

}  // namespace

TEST_CASE("a new briefing has its front matter and the seven sections with guidance") {
    NewDocument doc = briefing();
    CHECK(new_document_path(doc) == "content/briefings/safer-sleep-back-to-sleep.md");
    std::string text = new_document_text(doc);
    CHECK(text.starts_with("---\ntitle: \"Safer sleep: \\\"back to sleep\\\"\"\ndate: 2024-06-01\n"));
    CHECK(text.find("# themes: any of the site's themes (data/site.json): neglect, infants\nthemes: []\n") !=
          std::string::npos);
    CHECK(text.find("draft: true\n---\n") != std::string::npos);
    size_t at = 0;
    for (const char* h : {"Background", "Why it matters", "Information", "Learning", "Questions to reflect on",
                          "What you should do", "Find out more"}) {
        at = text.find(std::string("\n## ") + h + "\n\n", at);
        REQUIRE(at != std::string::npos);
    }
}

TEST_CASE("a new document's front matter reads back as written") {
    NewDocument doc = briefing();
    FileMap files{{new_document_path(doc), new_document_text(doc)}};
    Site site = loaded(files);
    REQUIRE(site.documents.size() == 1);
    CHECK(site.documents[0].meta.title == doc.title);
    CHECK(site.documents[0].meta.date == "2024-06-01");
    CHECK(site.documents[0].meta.draft);
    CHECK(site.documents[0].meta.themes.empty());
}

TEST_CASE("a bulletin names its review, and without one it has no review field") {
    NewDocument doc = briefing();
    doc.kind = "bulletin";
    doc.review = "RR-2023-02";
    CHECK(new_document_path(doc) == "content/bulletins/safer-sleep-back-to-sleep.md");
    CHECK(new_document_text(doc).find("\nreview: RR-2023-02\n") != std::string::npos);
    doc.review.clear();
    CHECK(new_document_text(doc).find("review:") == std::string::npos);
}

TEST_CASE("a report section goes after the newest report's last section, with covers") {
    FileMap files{{"content/annual-reports/2022-23/index.md", "---\ntitle: R1\nperiod: \"2022-23\"\n---\n"},
                  {"content/annual-reports/2022-23/a.md", "---\ntitle: A\nweight: 500\n---\n"},
                  {"content/annual-reports/2023-24/index.md", "---\ntitle: R2\nperiod: \"2023-24\"\n---\n"},
                  {"content/annual-reports/2023-24/foreword.md", "---\ntitle: F\nweight: 10\n---\n"},
                  {"content/annual-reports/2023-24/appendix.md", "---\ntitle: Ap\nweight: 95\n---\n"},
                  {"content/annual-reports/2023-24/late.md", "---\ntitle: L\n---\n"}};
    Site site = loaded(files);
    std::string error;
    auto place = report_section_place(site, "", error);
    REQUIRE(place);
    CHECK(place->folder == "content/annual-reports/2023-24");
    CHECK(place->weight == 100);
    CHECK(place->after == "appendix.md");

    auto older = report_section_place(site, "2022-23/", error);
    REQUIRE(older);
    CHECK(older->weight == 510);
    CHECK(report_section_place(site, "content/annual-reports/2022-23", error)->folder == "content/annual-reports/2022-23");

    CHECK_FALSE(report_section_place(site, "2021-22", error));
    CHECK(error == "no annual report in \"content/annual-reports/2021-22\"; the reports are: "
                   "content/annual-reports/2022-23, content/annual-reports/2023-24");

    NewDocument doc{"report-section", "Our partners", "2024-06-01", "", {}, {"arrangements", "reviews"},
                    place->folder, place->weight, place->after};
    CHECK(new_document_path(doc) == "content/annual-reports/2023-24/our-partners.md");
    std::string text = new_document_text(doc);
    CHECK(text.find("# weight: orders the sections; this one comes after appendix.md\nweight: 100\n") != std::string::npos);
    CHECK(text.find("(data/checklists.json): arrangements, reviews\ncovers: []\n") != std::string::npos);
}

TEST_CASE("a report whose sections have no weights gets none, and no report is an error") {
    FileMap files{{"content/annual-reports/2023-24/index.md", "---\ntitle: R\n---\n"},
                  {"content/annual-reports/2023-24/a.md", "---\ntitle: A\n---\n"}};
    Site site = loaded(files);
    std::string error;
    auto place = report_section_place(site, "", error);
    REQUIRE(place);
    CHECK_FALSE(place->weight);
    Site empty = loaded(FileMap{{"content/about.md", "---\ntitle: About\n---\n"}});
    CHECK_FALSE(report_section_place(empty, "", error));
    CHECK(error.starts_with("there is no annual report yet"));
}

TEST_CASE("the list of reviews aligns ids and names each type") {
    std::vector<Review> reviews(2);
    reviews[0].id = "RR-2023-02";
    reviews[0].type = "rapid-review";
    reviews[0].title = "Safety plans";
    reviews[1].id = "LCSPR-1";
    reviews[1].type = "lcspr";
    reviews[1].title = "Ben";
    CHECK(review_list(reviews) ==
          "  RR-2023-02  rapid review: Safety plans\n"
          "  LCSPR-1     local child safeguarding practice review: Ben\n");
}
