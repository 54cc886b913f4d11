// What a person sees: the summary line, --quiet, colour only on a terminal and never with
// NO_COLOR, the PDF progress only on a terminal, and the writing warnings at their positions.
#include <catch2/catch.hpp>

#include <regex>

#include "support.h"

using namespace publish_test;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

/// The small site with tests/warnings laid over it: a page and a briefing with one example of
/// each writing warning.
struct WarningsSite {
    TempDir dir;
    fs::path site, out;
    WarningsSite() : site(dir.path() / "site"), out(dir.path() / "out") {
        copy_tree(source_dir() / "tests/sites/small", site);
        copy_tree(source_dir() / "tests/warnings/content", site / "content");
    }
    std::string args(const std::string& extra = {}) const {
        return "build " + extra + " --site '" + site.string() + "' --out '" + out.string() + "'";
    }
};

const std::regex summary(R"(Built \d+ pages, \d+ PDFs, \d+ files in \d+\.\d s \(0 warnings\)\n)");

}  // namespace

TEST_CASE("a build ends with one summary line: pages, PDFs, files, time and warnings") {
    TempDir dir;
    auto result = run_publish("build --site '" + (source_dir() / "tests/sites/small").string() + "' --out '" +
                              (dir.path() / "out").string() + "'");
    REQUIRE(result.exit_code == 0);
    CHECK(std::regex_match(result.out, summary));
    CHECK(contains(result.out, " 3 PDFs, "));
    CHECK(result.err.empty());
    auto check = run_publish("check --no-pdf --site '" + (source_dir() / "tests/sites/small").string() + "'");
    CHECK(std::regex_match(check.out, std::regex(R"(Checked \d+ pages, 0 PDFs, \d+ files in \d+\.\d s \(0 warnings\)\n)")));
}

TEST_CASE("a quiet build prints nothing when all is well, and only the warnings otherwise") {
    TempDir dir;
    auto quiet = run_publish("build --quiet --site '" + (source_dir() / "tests/sites/small").string() + "' --out '" +
                             (dir.path() / "out").string() + "'");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    CHECK(quiet.err.empty());
    WarningsSite w;
    auto warned = run_publish(w.args("--quiet"));
    CHECK(warned.exit_code == 0);
    CHECK(warned.out.empty());
    CHECK(warned.err == read_file(source_dir() / "tests/warnings/expected-warnings"));
}

TEST_CASE("each writing warning is printed at its position with a hint, and the build still succeeds") {
    WarningsSite w;
    auto result = run_publish(w.args());
    CHECK(result.exit_code == 0);
    CHECK(result.err == read_file(source_dir() / "tests/warnings/expected-warnings"));
    CHECK(contains(result.out, "(5 warnings)"));
    CHECK(fs::exists(w.out / "writing/index.html"));
}

TEST_CASE("on a terminal warnings are coloured unless NO_COLOR is set, and never when not a terminal") {
    WarningsSite w;
    auto coloured = run_publish_in_terminal(w.args("--no-pdf"));
    CHECK(coloured.exit_code == 0);
    CHECK(contains(coloured.out, "\033[1;33mwarning:\033[0m"));
    auto plain = run_publish_in_terminal(w.args("--no-pdf"), "NO_COLOR=");
    CHECK(plain.exit_code == 0);
    CHECK(contains(plain.out, "warning:"));
    CHECK_FALSE(contains(plain.out, "\033"));
    auto piped = run_publish(w.args("--no-pdf"));
    CHECK_FALSE(contains(piped.err, "\033"));
}

TEST_CASE("on a terminal the PDF step shows its progress in place, then clears it") {
    TempDir dir;
    std::string args = "build --site '" + (source_dir() / "tests/sites/small").string() + "' --out '" +
                       (dir.path() / "out").string() + "'";
    auto shown = run_publish_in_terminal(args);
    REQUIRE(shown.exit_code == 0);
    CHECK(contains(shown.out, "\rPDFs 0/3"));
    CHECK(contains(shown.out, "\rPDFs 3/3\r        \rBuilt "));
    for (const char* env : {"CI=true", ""}) {
        auto none = run_publish_in_terminal(args + (*env ? "" : " --quiet"), env);
        CHECK(none.exit_code == 0);
        CHECK_FALSE(contains(none.out, "PDFs "));
    }
    auto piped = run_publish(args);
    CHECK_FALSE(contains(piped.err, "PDFs"));
    CHECK_FALSE(contains(piped.err + piped.out, "\r"));
}

TEST_CASE("the help lists every command") {
    auto help = run_publish("--help");
    CHECK(help.exit_code == 0);
    for (const char* command : {"build", "check", "new KIND", "serve"}) CHECK(contains(help.out, std::string("\n  ") + command));
}
