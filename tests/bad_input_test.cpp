// The bad-input corpus: each tests/bad/<case>/ overlays the small site with broken files and
// says, in `expect`, the exit status and the messages the build must print. Every case must
// fail cleanly (no crash, no hang: each run has a time limit) and leave an existing output/
// byte-identical.
//
// `expect` lines:
//   exit N               the exit status (default 1)
//   message TEXT         stderr must contain TEXT
//   delete PATH          remove a file of the small site first
//   generate PATH MB     write a Markdown file of MB megabytes (too big to commit)
//   symlink PATH TARGET  make PATH a symbolic link to TARGET (git-independent loops)
//   args ARGS            extra arguments for the failing run
//   pdf                  build PDFs too (some checks only happen while laying out)
//   out-under-file       point --out under a regular file, so it cannot be written
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support.h"

using namespace publish_test;

namespace {

/// A run that takes longer than this counts as a hang.
constexpr int time_limit_seconds = 120;

struct Expectation {
    int exit_code = 1;
    std::vector<std::string> messages;
    std::vector<std::string> deletions;
    std::vector<std::pair<std::string, int>> generated;             ///< path, megabytes
    std::vector<std::pair<std::string, std::string>> symlinks;      ///< path, target
    std::string args;
    bool pdf = false;
    bool out_under_file = false;
};

Expectation read_expectation(const fs::path& file) {
    Expectation e;
    std::istringstream in(read_file(file));
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string word, a, b;
        words >> word;
        if (word == "exit") e.exit_code = std::stoi(line.substr(5));
        else if (word == "message") e.messages.push_back(line.substr(8));
        else if (word == "delete") e.deletions.push_back(line.substr(7));
        else if (word == "args") e.args = line.substr(5);
        else if (word == "pdf") e.pdf = true;
        else if (word == "out-under-file") e.out_under_file = true;
        else if (word == "generate" && words >> a >> b) e.generated.push_back({a, std::stoi(b)});
        else if (word == "symlink" && words >> a >> b) e.symlinks.push_back({a, b});
    }
    return e;
}

/// A Markdown file of about `megabytes` MB: valid front matter, then many short lines.
void generate_markdown(const fs::path& path, int megabytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << "---\ntitle: A very large file\n---\n\n";
    const std::string line(79, 'x');
    for (long written = 0; written < megabytes * 1024L * 1024L; written += 80) out << line << '\n';
}

/// Applies a case: overlay its files, then deletions, generated files and links.
void apply_case(const fs::path& bad, const Expectation& expect, const fs::path& site) {
    for (const auto& entry : fs::recursive_directory_iterator(bad)) {
        if (!entry.is_regular_file() || entry.path().filename() == "expect") continue;
        fs::path target = site / fs::relative(entry.path(), bad);
        fs::create_directories(target.parent_path());
        fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing);
    }
    for (const auto& path : expect.deletions) fs::remove(site / path);
    for (const auto& [path, megabytes] : expect.generated) generate_markdown(site / path, megabytes);
    for (const auto& [path, target] : expect.symlinks) {
        fs::create_directories((site / path).parent_path());
        fs::create_symlink(target, site / path);
    }
}

}  // namespace

TEST_CASE("every bad-input case fails with its message and leaves output/ as it was") {
    fs::path corpus = source_dir() / "tests/bad";
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(corpus))
        if (entry.is_directory()) cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 40);

    for (const auto& bad : cases) {
        DYNAMIC_SECTION(bad.filename().string()) {
            TempDir dir;
            fs::path site = dir.path() / "site", out = dir.path() / "out";
            copy_tree(source_dir() / "tests/sites/small", site);
            auto good = run_publish("build --no-pdf --site '" + site.string() + "' --out '" + out.string() + "'",
                                    time_limit_seconds);
            REQUIRE(good.exit_code == 0);
            auto before = read_tree(out);

            Expectation expect = read_expectation(bad / "expect");
            apply_case(bad, expect, site);
            fs::path bad_out = out;
            if (expect.out_under_file) {
                std::ofstream(dir.path() / "a-file") << "not a folder\n";
                bad_out = dir.path() / "a-file" / "out";
            }

            auto result = run_publish(std::string("build") + (expect.pdf ? "" : " --no-pdf") + " --site '" +
                                          site.string() + "' --out '" + bad_out.string() + "' " + expect.args,
                                      time_limit_seconds);
            INFO(result.err);
            CHECK(result.exit_code == expect.exit_code);  // 137: killed after the time limit; 134/139: a crash
            for (const auto& message : expect.messages) CHECK(result.err.find(message) != std::string::npos);
            CHECK(result.err.find("runtime error:") == std::string::npos);  // UBSan, in the sanitizer build
            CHECK(result.err.find("AddressSanitizer") == std::string::npos);
            CHECK(read_tree(out) == before);
            CHECK(!fs::exists(dir.path() / "a-file" / "out"));
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
