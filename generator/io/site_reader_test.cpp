// Tests for read_site on real temporary folders: order, junk, links, size limit, speed.
#include <catch2/catch.hpp>

#include <chrono>

#include "io/site_reader.h"
#include "io/test_dir.h"

using namespace publish;
using publish::test::TempDir;
using publish::test::write_file;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
}

std::vector<std::string> keys(const FileMap& files) {
    std::vector<std::string> out;
    for (const auto& [path, bytes] : files) out.push_back(path);
    return out;
}

}  // namespace

TEST_CASE("read_site reads content, data and themes with '/'-separated paths, skipping junk") {
    TempDir site;
    const fs::path& root = site.path();
    write_file(root / "content/briefings/safer-sleep.md", "# Safer sleep\n");
    write_file(root / "content/_index.md", "home");
    write_file(root / "data/site.json", "{}");
    write_file(root / "themes/default/page.html", "<html>");
    write_file(root / "content/empty.txt", "");
    write_file(root / "README.md", "not part of the site");
    write_file(root / "output/index.html", "old output");
    write_file(root / "content/.git/HEAD", "ref");
    write_file(root / "content/.#safer-sleep.md", "lock");
    write_file(root / "content/briefings/safer-sleep.md~", "backup");
    write_file(root / "content/briefings/.safer-sleep.md.swp", "swap");
    write_file(root / "content/.DS_Store", "mac");

    FileMap files;
    Diagnostics diagnostics;
    CHECK(read_site(root, files, diagnostics));
    CHECK(messages(diagnostics).empty());
    CHECK(keys(files) == std::vector<std::string>{"content/_index.md", "content/briefings/safer-sleep.md",
                                                  "content/empty.txt", "data/site.json",
                                                  "themes/default/page.html"});
    CHECK(files["content/briefings/safer-sleep.md"] == "# Safer sleep\n");
    CHECK(files["content/empty.txt"].empty());
}

TEST_CASE("binary files are read byte for byte") {
    TempDir site;
    std::string bytes;
    for (int i = 0; i < 256 * 40; ++i) bytes += static_cast<char>(i % 256);
    write_file(site.path() / "content/images/logo.png", bytes);
    FileMap files;
    Diagnostics diagnostics;
    CHECK(read_site(site.path(), files, diagnostics));
    CHECK(files["content/images/logo.png"] == bytes);
}

TEST_CASE("links inside the site are followed, loops and links leaving the site are errors") {
    TempDir outside;
    write_file(outside.path() / "secret.txt", "password");
    TempDir site;
    const fs::path& root = site.path();
    write_file(root / "content/shared/note.md", "shared");
    write_file(root / "content/a/page.md", "a");
    fs::create_directory_symlink("../shared", root / "content/a/shared-link");
    fs::create_symlink("../shared/note.md", root / "content/a/note-link.md");
    fs::create_directory_symlink("..", root / "content/a/up");                  // loops to content/
    fs::create_directory_symlink(outside.path(), root / "content/escape");      // leaves the site
    fs::create_directories(root / "data");
    fs::create_symlink(outside.path() / "secret.txt", root / "data/secret.txt");  // a file outside
    fs::create_symlink("self", root / "content/self");                          // a link to itself

    FileMap files;
    Diagnostics diagnostics;
    CHECK_FALSE(read_site(root, files, diagnostics));
    CHECK(files["content/a/shared-link/note.md"] == "shared");
    CHECK(files["content/a/note-link.md"] == "shared");
    CHECK(files.count("content/escape/secret.txt") == 0);
    CHECK(files.count("data/secret.txt") == 0);
    for (const auto& [path, bytes] : files) CHECK(bytes != "password");

    diagnostics.sort();
    std::vector<std::string> errors;
    for (const Diagnostic& d : diagnostics.all()) errors.push_back(d.where.file + ": " + d.message);
    CHECK(errors == std::vector<std::string>{
                        "content/a/up: symbolic link loop",
                        "content/escape: symbolic link leaves the site",
                        "content/self: symbolic link loop",
                        "data/secret.txt: symbolic link leaves the site",
                    });
}

TEST_CASE("two links pointing at each other's folders are a loop, reported once") {
    TempDir site;
    const fs::path& root = site.path();
    write_file(root / "content/a/x.md", "x");
    write_file(root / "content/b/y.md", "y");
    fs::create_directory_symlink("../b", root / "content/a/to-b");
    fs::create_directory_symlink("../a", root / "content/b/to-a");
    FileMap files;
    Diagnostics diagnostics;
    CHECK_FALSE(read_site(root, files, diagnostics));
    CHECK(files["content/a/to-b/y.md"] == "y");
    CHECK(files["content/b/to-a/x.md"] == "x");
    diagnostics.sort();
    REQUIRE(diagnostics.error_count() == 2);
    CHECK(diagnostics.all()[0].where.file == "content/a/to-b/to-a");
    CHECK(diagnostics.all()[0].message == "symbolic link loop");
    CHECK(diagnostics.all()[1].where.file == "content/b/to-a/to-b");
}

TEST_CASE("a file over 10 MB is an error naming it and its size") {
    TempDir site;
    write_file(site.path() / "content/x.md", std::string(20 * 1024 * 1024, 'x'));
    write_file(site.path() / "content/ok.md", std::string(10 * 1024 * 1024, 'y'));
    FileMap files;
    Diagnostics diagnostics;
    CHECK_FALSE(read_site(site.path(), files, diagnostics));
    CHECK(messages(diagnostics) ==
          std::vector<std::string>{"content/x.md: error: file is too large (20.0 MB; the limit is 10 MB)"});
    CHECK(files.count("content/x.md") == 0);
    CHECK(files["content/ok.md"].size() == 10 * 1024 * 1024);
}

TEST_CASE("a missing site folder is reported") {
    TempDir parent;
    FileMap files;
    Diagnostics diagnostics;
    CHECK_FALSE(read_site(parent.path() / "nowhere", files, diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].message == "the site folder does not exist");
}

TEST_CASE("a site without data/ or themes/ reads what there is") {
    TempDir site;
    write_file(site.path() / "content/index.md", "home");
    FileMap files;
    Diagnostics diagnostics;
    CHECK(read_site(site.path(), files, diagnostics));
    CHECK(keys(files) == std::vector<std::string>{"content/index.md"});
}

TEST_CASE("editor junk names are recognised") {
    CHECK(is_editor_junk(".#index.md"));
    CHECK(is_editor_junk("index.md~"));
    CHECK(is_editor_junk(".index.md.swp"));
    CHECK(is_editor_junk(".index.md.swo"));
    CHECK(is_editor_junk(".DS_Store"));
    CHECK_FALSE(is_editor_junk("index.md"));
    CHECK_FALSE(is_editor_junk(".htaccess"));
    CHECK_FALSE(is_editor_junk("swap.swp"));
}

TEST_CASE("10,000 files are read quickly", "[.perf]") {
    TempDir site;
    for (int d = 0; d < 100; ++d)
        for (int f = 0; f < 100; ++f)
            write_file(site.path() / ("content/d" + std::to_string(d)) / ("f" + std::to_string(f) + ".md"),
                       "some text of a page " + std::to_string(f));
    FileMap files;
    Diagnostics diagnostics;
    const auto start = std::chrono::steady_clock::now();
    CHECK(read_site(site.path(), files, diagnostics));
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    CHECK(files.size() == 10000);
    INFO("read_site took " << ms.count() << " ms");
    WARN("read_site took " << ms.count() << " ms");
    CHECK(ms.count() < 400);  // typically well under 100 ms; generous for loaded CI machines
}
