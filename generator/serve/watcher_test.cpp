#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "serve/watcher.h"

using namespace publish;
namespace fs = std::filesystem;

namespace {

struct TempSite {
    fs::path root;
    TempSite() {
        char pattern[] = "/tmp/publish-watch-XXXXXX";
        root = mkdtemp(pattern);
        fs::create_directories(root / "content/briefings");
        fs::create_directories(root / "data");
        write("content/briefings/a.md", "one");
    }
    ~TempSite() { fs::remove_all(root); }
    void write(const std::string& path, const std::string& text) const { std::ofstream(root / path) << text; }
};

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("a plain save is one change, reported once the burst is over") {
    TempSite site;
    Watcher watcher;
    REQUIRE(watcher.start(site.root, {"content", "data", "themes"}));
    site.write("content/briefings/a.md", "two");
    auto changes = watcher.wait(1000, 40, 500, -1);
    CHECK(changes == std::vector<std::string>{"content/briefings/a.md"});
    CHECK(watcher.wait(100, 40, 500, -1).empty());
}

TEST_CASE("a save by writing a temporary file and renaming it over the old one is seen") {
    TempSite site;
    Watcher watcher;
    REQUIRE(watcher.start(site.root, {"content", "data"}));
    site.write("data/.funding.json.swp", "junk");      // editor junk is left out
    site.write("data/funding.json.tmp123", "{}");
    fs::rename(site.root / "data/funding.json.tmp123", site.root / "data/funding.json");
    auto changes = watcher.wait(1000, 40, 500, -1);
    CHECK(has(changes, "data/funding.json"));
    CHECK_FALSE(has(changes, "data/.funding.json.swp"));
}

TEST_CASE("folders created after the start are watched too") {
    TempSite site;
    Watcher watcher;
    REQUIRE(watcher.start(site.root, {"content"}));
    fs::create_directories(site.root / "content/annual-reports/2024-25");
    watcher.wait(1000, 40, 500, -1);
    site.write("content/annual-reports/2024-25/index.md", "x");
    auto changes = watcher.wait(1000, 40, 500, -1);
    CHECK(has(changes, "content/annual-reports/2024-25/index.md"));
}
