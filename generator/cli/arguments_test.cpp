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
