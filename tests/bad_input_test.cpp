// The bad-input corpus: each tests/bad/<case>/ overlays the small site with broken files and
// says, in `expect`, the exit status and the messages the build must print. Every case must
// fail cleanly and leave an existing output/ byte-identical.
#include <catch2/catch.hpp>

#include <sstream>

#include "support.h"

using namespace publish_test;

namespace {

struct Expectation {
    int exit_code = 1;
    std::vector<std::string> messages;
    std::vector<std::string> deletions;
};

Expectation read_expectation(const fs::path& file) {
    Expectation e;
    std::istringstream in(read_file(file));
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("exit ", 0) == 0) e.exit_code = std::stoi(line.substr(5));
        else if (line.rfind("message ", 0) == 0) e.messages.push_back(line.substr(8));
        else if (line.rfind("delete ", 0) == 0) e.deletions.push_back(line.substr(7));
    }
    return e;
}

}  // namespace

TEST_CASE("every bad-input case fails with its message and leaves output/ as it was") {
    fs::path corpus = source_dir() / "tests/bad";
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(corpus))
        if (entry.is_directory()) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 15);

    for (const auto& bad : cases) {
        DYNAMIC_SECTION(bad.filename().string()) {
            TempDir dir;
            fs::path site = dir.path() / "site", out = dir.path() / "out";
            copy_tree(source_dir() / "tests/sites/small", site);
            auto good = run_publish("build --no-pdf --site '" + site.string() + "' --out '" + out.string() + "'");
            REQUIRE(good.exit_code == 0);
            auto before = read_tree(out);

            Expectation expect = read_expectation(bad / "expect");
            for (const auto& entry : fs::recursive_directory_iterator(bad)) {
                if (!entry.is_regular_file() || entry.path().filename() == "expect") continue;
                fs::path target = site / fs::relative(entry.path(), bad);
                fs::create_directories(target.parent_path());
                fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing);
            }
            for (const auto& path : expect.deletions) fs::remove(site / path);

            auto result = run_publish("build --no-pdf --site '" + site.string() + "' --out '" + out.string() + "'");
            INFO(result.err);
            CHECK(result.exit_code == expect.exit_code);
            for (const auto& message : expect.messages) CHECK(result.err.find(message) != std::string::npos);
            CHECK(read_tree(out) == before);
        }
    }
}

TEST_CASE("bad usage exits with status 2 and says how to use the command") {
    auto result = run_publish("biuld");
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("unknown command \"biuld\" (did you mean \"build\"?)") != std::string::npos);
    CHECK(result.err.find("Usage: publish") != std::string::npos);
    CHECK(run_publish("build --jobs lots").exit_code == 2);
}
