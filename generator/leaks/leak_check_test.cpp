#include <catch2/catch.hpp>

#include "leaks/leak_check.h"

using namespace publish;

namespace {

/// A site whose sources and outputs are given; about.md published, draft.md not.
struct Fixture {
    FileMap files;
    Site site;
    std::vector<OutputFile> outputs;
    std::vector<PdfText> pdfs;

    Fixture() {
        files["data/private/sensitive-terms.txt"] = "# fictional\nJordan Example\nCASE-0042\n";
        files["content/about.md"] = "---\ntitle: About\n---\n\nNothing to see.\n";
        files["content/draft.md"] = "---\ntitle: Draft\n---\n\nJordan Example, CASE-0042\n";
        Document about, draft;
        about.source_path = "content/about.md";
        draft.source_path = "content/draft.md";
        draft.published = false;
        site.documents = {about, draft};
        outputs.push_back({"about/index.html", "<p>Nothing to see.</p>"});
    }
    Diagnostics check() {
        Diagnostics d;
        check_for_leaks({files, site, outputs, pdfs}, d);
        d.sort();
        return d;
    }
};

}  // namespace

TEST_CASE("a site without a leak, or without a terms list, passes") {
    Fixture f;
    CHECK_FALSE(f.check().has_errors());
    f.files.erase("data/private/sensitive-terms.txt");
    f.outputs.push_back({"about/index.html", "Jordan Example"});
    CHECK_FALSE(f.check().has_errors());
}

TEST_CASE("a leaked term fails naming the source file and line it came from, not the term") {
    Fixture f;
    f.files["content/about.md"] = "---\ntitle: About\n---\n\nWe met\nJordan Example.\n";
    f.outputs[0].bytes = "<p>We met\nJordan Example.</p>";
    f.outputs.push_back({"search-index.json", R"([{"text":"We met Jordan Example."}])"});
    Diagnostics d = f.check();
    REQUIRE(d.error_count() == 1);  // the draft holds it too, but was not published
    std::string message = format_diagnostic(d.all()[0]);
    CHECK(message.starts_with("content/about.md:6:1: error: a sensitive term (listed at "
                              "data/private/sensitive-terms.txt:2) would be published in about/index.html and "
                              "search-index.json"));
    CHECK(message.find("Jordan") == std::string::npos);
}

TEST_CASE("a term found only in a PDF's text is a leak") {
    Fixture f;
    f.files["data/reviews.json"] = "{\n  \"ref\": \"CASE-0042\"\n}\n";
    f.pdfs.push_back({"briefings/x/x.pdf", "Reference CASE-\n0042"});
    Diagnostics d = f.check();
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).starts_with(
        "data/reviews.json:2:11: error: a sensitive term (listed at data/private/sensitive-terms.txt:3) would be "
        "published in briefings/x/x.pdf"));
}

TEST_CASE("a leak no source holds as written is reported at the term's line") {
    Fixture f;
    f.outputs[0].bytes = "<p>Jordan <b>Example</b></p>";
    Diagnostics d = f.check();
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.all()[0]).starts_with("data/private/sensitive-terms.txt:2:1: error: this sensitive term"));
}
