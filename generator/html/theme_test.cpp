// Tests for loading themes: defaults, overrides, partials and template errors.
#include <catch2/catch.hpp>

#include "html/test_site.h"
#include "html/theme_templates.h"

using namespace publish;
using namespace publish::test;

namespace {

std::string render(const Theme& theme, const std::string& name, const nlohmann::json& context) {
    Diagnostics diagnostics;
    std::string html = render_template(theme, name, context, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    return html;
}

}  // namespace

TEST_CASE("the default theme loads without errors and has every page template") {
    FileMap files = default_theme_files();
    Diagnostics diagnostics;
    auto theme = Theme::load(files, "default", diagnostics);
    for (const auto& d : diagnostics.all()) INFO(format_diagnostic(d));
    CHECK(diagnostics.all().empty());
    for (const char* const* name = required_page_templates; *name; ++name) {
        INFO(*name);
        CHECK_FALSE(theme->template_path(*name).empty());
    }
    CHECK(theme->template_path("home") == "themes/default/templates/home.mustache");
}

TEST_CASE("a site's theme overrides one template and keeps the others from the default theme") {
    FileMap files = default_theme_files();
    files["themes/mine/templates/404.mustache"] = "<p>Lost: {{page.title}}</p>";
    Diagnostics diagnostics;
    auto theme = Theme::load(files, "mine", diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(theme->template_path("404") == "themes/mine/templates/404.mustache");
    CHECK(theme->template_path("home") == "themes/default/templates/home.mustache");
    CHECK(render(*theme, "404", {{"page", {{"title", "Nowhere"}}}}) == "<p>Lost: Nowhere</p>");
}

TEST_CASE("a site's partial overrides the default partial in every page that includes it") {
    FileMap files = default_theme_files();
    files["themes/mine/templates/partials/footer.mustache"] = "<footer>Our own footer</footer>";
    Diagnostics diagnostics;
    auto theme = Theme::load(files, "mine", diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(render(*theme, "404", {}).find("<footer>Our own footer</footer>") != std::string::npos);
}

TEST_CASE("a template syntax error is reported with the template's path, line and column") {
    FileMap files = default_theme_files();
    files["themes/default/templates/list.mustache"] = "<h1>{{page.title}}</h1>\n  {{#items}}<li>{{title}}</li>\n";
    Diagnostics diagnostics;
    auto theme = Theme::load(files, "default", diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.where.file == "themes/default/templates/list.mustache");
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 3);
    CHECK(d.message.find("Unclosed section \"items\"") != std::string::npos);
    // The broken template renders nothing and says nothing more; the others still work.
    Diagnostics render_diagnostics;
    CHECK(render_template(*theme, "list", {}, render_diagnostics).empty());
    CHECK_FALSE(render_diagnostics.has_errors());
    CHECK_FALSE(render(*theme, "404", {}).empty());
}

TEST_CASE("an error in a partial names the partial's file") {
    FileMap files = default_theme_files();
    files["themes/default/templates/partials/footer.mustache"] = "<footer>{{/site}}</footer>";
    Diagnostics diagnostics;
    Theme::load(files, "default", diagnostics);
    REQUIRE(diagnostics.has_errors());
    CHECK(diagnostics.all()[0].where.file == "themes/default/templates/partials/footer.mustache");
}

TEST_CASE("unknown and recursive partials are errors at the tag") {
    FileMap files = default_theme_files();
    files["themes/default/templates/404.mustache"] = "<main>\n{{> footr}}</main>";
    files["themes/default/templates/partials/loop.mustache"] = "{{> loop}}";
    files["themes/default/templates/search.mustache"] = "{{> loop}}";
    Diagnostics diagnostics;
    Theme::load(files, "default", diagnostics);
    REQUIRE(diagnostics.error_count() == 2);
    const auto& all = diagnostics.all();
    CHECK(all[0].where.file == "themes/default/templates/404.mustache");
    CHECK(all[0].where.line == 2);
    CHECK(all[0].message == "unknown partial \"footr\"");
    CHECK(all[0].hint.find("footer") != std::string::npos);
    CHECK(all[1].where.file == "themes/default/templates/partials/loop.mustache");
    CHECK(all[1].message == "partial \"loop\" includes itself");
}

TEST_CASE("a theme without a required template is reported") {
    FileMap files = default_theme_files();
    files.erase("themes/default/templates/briefing.mustache");
    Diagnostics diagnostics;
    Theme::load(files, "default", diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].where.file == "themes/default/templates/briefing.mustache");
    CHECK(diagnostics.all()[0].message == "missing template \"briefing\"");
}

TEST_CASE("JSON values become mustache data: numbers as text, null and empty strings as false") {
    FileMap files;
    files["themes/t/templates/x.mustache"] =
        "{{n}}|{{#none}}no{{/none}}|{{#empty}}no{{/empty}}{{^empty}}empty{{/empty}}|{{#list}}{{.}},{{/list}}|{{a.b}}|{{text}}";
    Diagnostics diagnostics;
    auto theme = Theme::load(files, "t", diagnostics);
    nlohmann::json context = {{"n", 12}, {"none", nullptr}, {"empty", ""}, {"list", {"x", "y"}},
                              {"a", {{"b", true}}}, {"text", "<b>&"}};
    Diagnostics render_diagnostics;
    CHECK(render_template(*theme, "x", context, render_diagnostics) == "12||empty|x,y,||&lt;b&gt;&amp;");
}
