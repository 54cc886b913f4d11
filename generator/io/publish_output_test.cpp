// Tests for publish_output and clean_stale_output on real temporary folders.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>

#include "io/publish_output.h"
#include "io/test_dir.h"

using namespace publish;
using publish::test::snapshot;
using publish::test::TempDir;
using publish::test::write_file;
namespace fs = std::filesystem;

namespace {

using Snapshot = std::map<std::string, std::string>;

/// Names in `dir`, sorted.
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

const std::vector<OutputFile> first_site = {
    {"index.html", "<h1>Home</h1>"},
    {"briefings/safer-sleep/index.html", "<h1>Safer sleep</h1>"},
    {"briefings/safer-sleep/safer-sleep.pdf", std::string("%PDF-1.7\0binary", 15)},
    {"feed.xml", "<feed/>"},
};

}  // namespace

TEST_CASE("publishing into a fresh folder writes every file and leaves nothing beside it") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    REQUIRE(publish_output(out, first_site, diagnostics));
    CHECK(diagnostics.all().empty());
    Snapshot expected;
    for (const OutputFile& f : first_site) expected[f.path] = f.bytes;
    CHECK(snapshot(out) == expected);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output"});
}

TEST_CASE("publishing again replaces the old output: old files gone, new ones present") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    REQUIRE(publish_output(out, first_site, diagnostics));
    write_file(out / "stray.txt", "left by hand");
    const std::vector<OutputFile> second_site = {
        {"index.html", "<h1>Home, again</h1>"},
        {"bulletins/may/index.html", "<h1>May</h1>"},
    };
    REQUIRE(publish_output(out, second_site, diagnostics));
    CHECK(snapshot(out) == Snapshot{{"bulletins/may/index.html", "<h1>May</h1>"},
                                    {"index.html", "<h1>Home, again</h1>"}});
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output"});
}

TEST_CASE("the output folder's parents are made, a trailing slash is fine") {
    TempDir tmp;
    Diagnostics diagnostics;
    REQUIRE(publish_output(tmp.path() / "deep/er/site/", {{"a.txt", "a"}}, diagnostics));
    CHECK(test::read_file(tmp.path() / "deep/er/site/a.txt") == "a");
    CHECK(names_in(tmp.path() / "deep/er") == std::vector<std::string>{"site"});
}

TEST_CASE("a file where the staging folder should go fails the publish and keeps the old output") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    REQUIRE(publish_output(out, first_site, diagnostics));
    const Snapshot before = snapshot(out);
    write_file(staging_dir_for(out), "in the way");

    Diagnostics failure;
    CHECK_FALSE(publish_output(out, {{"index.html", "new"}}, failure));
    REQUIRE(failure.error_count() == 1);
    CHECK(format_diagnostic(failure.all()[0]) ==
          "output: error: cannot write \"" + staging_dir_for(out).string() + "\": File exists");
    CHECK(snapshot(out) == before);
    CHECK(test::read_file(staging_dir_for(out)) == "in the way");  // not ours to remove
}

TEST_CASE("a file path under another file fails the publish, keeps the old output, removes staging") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    REQUIRE(publish_output(out, first_site, diagnostics));
    const Snapshot before = snapshot(out);

    Diagnostics failure;
    CHECK_FALSE(publish_output(out, {{"a", "file"}, {"a/b.html", "under a file"}}, failure));
    REQUIRE(failure.error_count() == 1);
    // Folders are made before files, so the clash shows at the file that is also a folder.
    CHECK(format_diagnostic(failure.all()[0]) ==
          "output: error: cannot write \"" + (out / "a").string() + "\": Is a directory");
    CHECK(snapshot(out) == before);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output"});
}

TEST_CASE("an output folder that is a file is reported and left alone") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    write_file(out, "a file");
    Diagnostics diagnostics;
    CHECK_FALSE(publish_output(out, {{"index.html", "x"}}, diagnostics));
    CHECK(diagnostics.error_count() == 1);
    CHECK(test::read_file(out) == "a file");
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output"});
}

TEST_CASE("an output folder that is a symbolic link is reported, not replaced") {
    TempDir tmp;
    write_file(tmp.path() / "real/index.html", "served");
    fs::create_directory_symlink("real", tmp.path() / "output");
    Diagnostics diagnostics;
    CHECK_FALSE(publish_output(tmp.path() / "output", {{"index.html", "x"}}, diagnostics));
    CHECK(diagnostics.error_count() == 1);
    CHECK(fs::is_symlink(tmp.path() / "output"));
    CHECK(test::read_file(tmp.path() / "real/index.html") == "served");
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output", "real"});
}

TEST_CASE("absolute, escaping, empty and repeated output paths are internal errors, nothing is written") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    CHECK_FALSE(publish_output(out,
                               {{"ok.html", "1"}, {"/etc/passwd", "2"}, {"a/../../x", "3"}, {"", "4"},
                                {"a//b", "5"}, {"ok.html", "6"}},
                               diagnostics));
    CHECK(diagnostics.error_count() == 5);
    CHECK(diagnostics.all()[0].message ==
          "internal error: output path \"/etc/passwd\" is not a relative path inside the output folder");
    CHECK(diagnostics.all()[4].message == "internal error: output path \"ok.html\" is written twice");
    CHECK(names_in(tmp.path()).empty());
}

TEST_CASE("clean_stale_output removes leftovers of dead builds but not other folders") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    write_file(out / "index.html", "current");
    write_file(tmp.path() / "output.staging-2147483", "half-written");  // no such process
    write_file(tmp.path() / "output.old-2147484/index.html", "previous");
    write_file(tmp.path() / "output.old-backup/keep.txt", "user's own");
    write_file(tmp.path() / "other.staging-2147483", "another output's");
    Diagnostics diagnostics;
    CHECK(clean_stale_output(out, diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(names_in(tmp.path()) ==
          std::vector<std::string>{"other.staging-2147483", "output", "output.old-backup"});
    CHECK(test::read_file(out / "index.html") == "current");
}

TEST_CASE("clean_stale_output restores the old output of a build killed between the renames") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    write_file(tmp.path() / "output.old-2147484/index.html", "previous");
    write_file(tmp.path() / "output.staging-2147484/index.html", "next, complete or not");
    Diagnostics diagnostics;
    CHECK(clean_stale_output(out, diagnostics));
    CHECK(diagnostics.error_count() == 0);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == Severity::note);
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output"});
    CHECK(test::read_file(out / "index.html") == "previous");
}

TEST_CASE("clean_stale_output leaves the folders of a build that is still running") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    const std::string parent_pid = std::to_string(::getppid());
    write_file(tmp.path() / ("output.staging-" + parent_pid) / "index.html", "in progress");
    Diagnostics diagnostics;
    CHECK(clean_stale_output(out, diagnostics));
    CHECK(names_in(tmp.path()) == std::vector<std::string>{"output.staging-" + parent_pid});
}

TEST_CASE("clean_stale_output with nothing there is fine") {
    TempDir tmp;
    Diagnostics diagnostics;
    CHECK(clean_stale_output(tmp.path() / "output", diagnostics));
    CHECK(clean_stale_output(tmp.path() / "missing/parent/output", diagnostics));
    CHECK(diagnostics.all().empty());
}

TEST_CASE("many files in nested folders are written on several threads exactly as on one") {
    std::vector<OutputFile> files;
    for (int i = 0; i < 600; ++i) {
        std::string dir = (i % 3 == 0 ? "briefings/" : i % 3 == 1 ? "bulletins/" : "annual-reports/2023-24/");
        files.push_back({dir + "doc" + std::to_string(i) + "/index.html", "page " + std::to_string(i)});
    }
    files.push_back({"index.html", "home"});
    TempDir one, three;
    Diagnostics diagnostics;
    REQUIRE(publish_output(one.path() / "output", files, diagnostics, 1));
    REQUIRE(publish_output(three.path() / "output", files, diagnostics, 3));
    CHECK_FALSE(diagnostics.has_errors());
    const Snapshot written = snapshot(three.path() / "output");
    CHECK(written.size() == files.size());
    CHECK(written == snapshot(one.path() / "output"));
    CHECK(written.at("annual-reports/2023-24/doc2/index.html") == "page 2");
}

TEST_CASE("on several threads the first failing file is the one reported, and the old output stays") {
    TempDir tmp;
    const fs::path out = tmp.path() / "output";
    Diagnostics diagnostics;
    REQUIRE(publish_output(out, first_site, diagnostics, 3));
    const Snapshot before = snapshot(out);
    std::vector<OutputFile> files;
    for (int i = 0; i < 300; ++i) files.push_back({"pages/p" + std::to_string(i) + ".html", "x"});
    files.push_back({"pages/p7.html/inner.html", "under a file"});  // p7.html is made a folder first
    Diagnostics failure;
    CHECK_FALSE(publish_output(out, files, failure, 3));
    REQUIRE(failure.error_count() == 1);
    CHECK(format_diagnostic(failure.all()[0]) ==
          "output: error: cannot write \"" + (out / "pages/p7.html").string() + "\": Is a directory");
    CHECK(snapshot(out) == before);
}
