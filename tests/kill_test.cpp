// Atomic publishing under SIGKILL: a build killed at any point leaves the previous output/
// whole and byte-identical, and the next build succeeds and tidies up.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support.h"

using namespace publish_test;

namespace {

using Clock = std::chrono::steady_clock;

/// The small site grown large: many briefings (each a PDF) and many short pages, so a build
/// takes seconds and writes thousands of files.
void grow_site(const fs::path& site, int briefings, int notes) {
    const std::string briefing = read_file(site / "content/briefings/safety-plans.md");
    const std::string title = "title: Safety plans at case closure";
    for (int i = 0; i < briefings; ++i) {
        std::string text = briefing;
        text.replace(text.find(title), title.size(), "title: Safety plans, part " + std::to_string(i));
        std::ofstream(site / ("content/briefings/plan-" + std::to_string(i) + ".md")) << text;
    }
    fs::create_directories(site / "content/notes");
    for (int i = 0; i < notes; ++i)
        std::ofstream(site / ("content/notes/note-" + std::to_string(i) + ".md"))
            << "---\ntitle: Note " << i << "\npdf: false\n---\n\nA short note, number " << i << ".\n";
}

/// Starts `publish build` in the background; returns its process id.
pid_t start_build(const fs::path& site, const fs::path& out) {
    pid_t pid = fork();
    if (pid == 0) {
        setenv("SOURCE_DATE_EPOCH", "1717200000", 1);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execl(PUBLISH_BINARY, PUBLISH_BINARY, "build", "--site", site.c_str(), "--out", out.c_str(), nullptr);
        _exit(127);
    }
    return pid;
}

/// Waits until `ready` holds or `limit` passes; polls every millisecond.
template <typename Ready>
bool wait_for(Ready ready, std::chrono::milliseconds limit) {
    auto until = Clock::now() + limit;
    while (!ready()) {
        if (Clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

/// Folders beside `out` left by a build (`out.staging-<pid>`, `out.old-<pid>`).
std::vector<std::string> leftovers(const fs::path& out) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(out.parent_path())) {
        std::string name = entry.path().filename().string();
        if (name != out.filename().string() && name.starts_with(out.filename().string())) found.push_back(name);
    }
    return found;
}

}  // namespace

TEST_CASE("a build killed with SIGKILL at any point leaves the previous output whole") {
    TempDir dir;
    fs::path site = dir.path() / "site", out = dir.path() / "out";
    copy_tree(source_dir() / "tests/sites/small", site);
    grow_site(site, 60, 1500);

    auto started = Clock::now();
    auto first = run_publish("build --site '" + site.string() + "' --out '" + out.string() + "'", 600);
    auto build_time = Clock::now() - started;
    REQUIRE(first.exit_code == 0);
    auto before = read_tree(out);
    REQUIRE(before.size() > 1500);

    // The next build would change every page's navigation and one page's text.
    std::ofstream(site / "content/about.md") << "---\ntitle: About us, renamed\n---\n\nNew text after the kill.\n";
    // What that build publishes when it is not killed, to tell a whole new site from a mix.
    const fs::path reference = dir.path() / "expected";
    REQUIRE(run_publish("build --site '" + site.string() + "' --out '" + reference.string() + "'", 600).exit_code == 0);
    const auto after = read_tree(reference);
    REQUIRE(after != before);

    // Kill points: early and late in the pipeline, as soon as the staging folder appears, and
    // a few moments into writing it.
    std::vector<std::string> points{"10%", "60%", "staging", "staging+5ms", "staging+20ms", "staging+50ms"};
    int staging_seen = 0;
    for (const auto& point : points) {
        INFO("killed at " << point);
        pid_t pid = start_build(site, out);
        REQUIRE(pid > 0);
        const fs::path staging = out.string() + ".staging-" + std::to_string(pid);
        if (point.ends_with('%')) {
            std::this_thread::sleep_for(build_time * std::stoi(point) / 100);
        } else {
            if (wait_for([&] { return fs::exists(staging); }, std::chrono::seconds(300))) ++staging_seen;
            if (point.size() > 7) std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(point.substr(8))));
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {  // a fast machine finished first: the new output is whole
            WARN("the build finished before the kill at " << point);
            CHECK(WEXITSTATUS(status) == 0);
            before = read_tree(out);
            continue;
        }
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        // The previous site, whole; or, if the kill came just after the swap, the new one, whole.
        auto now = read_tree(out);
        CHECK((now == before || now == after));
        if (now == after) before = after;
    }
    CHECK(staging_seen > 0);  // at least one kill landed while the new output was being written

    // The next build succeeds, publishes the change and leaves no staging or old folder behind.
    auto next = run_publish("build --site '" + site.string() + "' --out '" + out.string() + "'", 600);
    INFO(next.err);
    REQUIRE(next.exit_code == 0);
    CHECK(read_file(out / "about/index.html").find("New text after the kill.") != std::string::npos);
    CHECK(leftovers(out).empty());
}
