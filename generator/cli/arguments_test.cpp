#include <catch2/catch.hpp>

#include "cli/arguments.h"

using namespace publish;

TEST_CASE("build takes its options") {
    auto a = parse_arguments({"build", "--site", "x", "--out", "y", "--drafts", "--no-pdf", "--jobs", "3"});
    CHECK(a.error.empty());
    CHECK(a.command == "build");
    CHECK(a.site == "x");
    CHECK(a.out == "y");
    CHECK(a.drafts);
    CHECK_FALSE(a.pdf);
    CHECK(a.jobs == 3);
}

TEST_CASE("mistyped commands and options are usage errors with hints") {
    CHECK(parse_arguments({"biuld"}).error == "unknown command \"biuld\" (did you mean \"build\"?)");
    CHECK(parse_arguments({"build", "--draft"}).error == "unknown option \"--draft\" (did you mean \"--drafts\"?)");
    CHECK(parse_arguments({"build", "--jobs", "many"}).error == "option --jobs needs a whole number, not \"many\"");
    CHECK(parse_arguments({"build", "--site"}).error == "option --site needs a value");
    CHECK(parse_arguments({}).error == "no command given");
}

TEST_CASE("new takes a kind and a title") {
    auto a = parse_arguments({"new", "briefing", "Safer sleep"});
    CHECK(a.error.empty());
    CHECK(a.new_kind == "briefing");
    CHECK(a.new_title == "Safer sleep");
    CHECK_FALSE(parse_arguments({"new", "leaflet", "X"}).error.empty());
}

TEST_CASE("help and version need no command") {
    CHECK(parse_arguments({"--help"}).command == "help");
    CHECK(parse_arguments({"--version"}).command == "version");
}

TEST_CASE("new takes --review for bulletins and --report for report sections only") {
    auto a = parse_arguments({"new", "bulletin", "Safety plans", "--review", "RR-2023-02"});
    CHECK(a.error.empty());
    CHECK(a.review == "RR-2023-02");
    auto r = parse_arguments({"new", "report-section", "Partners", "--report", "2023-24"});
    CHECK(r.error.empty());
    CHECK(r.report == "2023-24");
    CHECK(parse_arguments({"new", "page", "About", "--review", "X"}).error == "--review is only for publish new bulletin");
    CHECK(parse_arguments({"new", "briefing", "X", "--report", "Y"}).error ==
          "--report is only for publish new report-section");
    CHECK(parse_arguments({"build", "--review", "X"}).error == "--review is only for publish new");
    CHECK(parse_arguments({"new", "page", "!!!"}).error == "the title needs at least one letter or digit");
}

TEST_CASE("the help describes every option the parser accepts, and the parser accepts each") {
    std::string help = usage_text();
    for (const auto& option : option_names()) {
        INFO(option);
        size_t at = help.find("  " + option);
        REQUIRE(at != std::string::npos);
        char after = help[at + 2 + option.size()];
        CHECK((after == ' ' || after == ','));
        auto a = parse_arguments({"build", option, "1"});
        CHECK(a.error.find("unknown option") == std::string::npos);
    }
    for (const char* command : {"build", "check", "new KIND", "serve"}) CHECK(help.find(std::string("  ") + command) != std::string::npos);
}

TEST_CASE("serve takes a port from 1 to 65535 and, for benchmarks, --measure-edit FILE") {
    auto a = parse_arguments({"serve", "--port", "8080", "--measure-edit", "content/briefings/a.md"});
    CHECK(a.error.empty());
    CHECK(a.command == "serve");
    CHECK(a.port == 8080);
    CHECK(a.measure_edit == "content/briefings/a.md");
    CHECK(parse_arguments({"serve"}).port == 1313);
    CHECK(parse_arguments({"serve", "--port", "0"}).error == "option --port needs a port number from 1 to 65535");
    CHECK(parse_arguments({"serve", "--port", "70000"}).error == "option --port needs a port number from 1 to 65535");
    CHECK(parse_arguments({"serve", "--measure-edit"}).error == "option --measure-edit needs a value");
}
