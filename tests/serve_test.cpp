// publish serve as a process: pages over HTTP, rebuilt on every save, errors shown and cleared,
// drafts with their banner, the reload script only at serve time, Ctrl-C stops it cleanly.
#include <catch2/catch.hpp>

#include <httplib.h>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <thread>

#include "support.h"

using namespace publish_test;

namespace {

int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

/// `publish serve` running in the background on a copy of a site; stopped with SIGINT.
struct Server {
    TempDir dir;
    fs::path site;
    int port = free_port();
    pid_t pid = -1;
    httplib::Client client{"127.0.0.1", port};

    explicit Server(const fs::path& source) {
        site = dir.path() / "site";
        copy_tree(source, site);
        pid = start(port);
    }
    pid_t start(int on_port) const {
        pid_t child = fork();
        if (child == 0) {
            setenv("SOURCE_DATE_EPOCH", "1717200000", 1);
            std::string log = (dir.path() / ("serve-" + std::to_string(on_port) + ".log")).string();
            freopen(log.c_str(), "w", stdout);
            dup2(fileno(stdout), STDERR_FILENO);
            std::string port_text = std::to_string(on_port);
            execl(PUBLISH_BINARY, "publish", "serve", "--site", site.c_str(), "--port", port_text.c_str(), "--jobs", "2",
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        return child;
    }
    std::string log(int on_port) const { return read_file(dir.path() / ("serve-" + std::to_string(on_port) + ".log")); }
    ~Server() {
        if (pid > 0) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    std::string get(const std::string& path) {
        auto res = client.Get(path.c_str());
        return res ? res->body : std::string();
    }
    /// Polls `path` until `ok(body)`, for up to `seconds`.
    bool wait_for(const std::string& path, const std::function<bool(const std::string&)>& ok, double seconds = 10) {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < deadline) {
            if (ok(get(path))) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }
    void append(const std::string& path, const std::string& text) const {
        std::ofstream(site / path, std::ios::app) << text;
    }
    /// Saves like many editors do: a new file renamed over the old one.
    void replace(const std::string& path, const std::string& text) const {
        fs::path temporary = site / (path + ".tmp-save");
        std::ofstream(temporary, std::ios::binary) << text;
        fs::rename(temporary, site / path);
    }
};

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

auto has(const std::string& needle) {
    return [needle](const std::string& body) { return contains(body, needle); };
}

}  // namespace

TEST_CASE("publish serve serves the site, rebuilds on every save, shows errors and stops on Ctrl-C") {
    Server server(source_dir() / "tests/sites/small");
    REQUIRE(server.wait_for("/briefings/safety-plans/", has("A rapid review looked at safety plans"), 60));

    // Served from memory, with the reload script; nothing written into the site.
    std::string page = server.get("/briefings/safety-plans/");
    CHECK(contains(page, "<script src=\"/__publish/reload.js?generation=1\" defer></script>"));
    CHECK_FALSE(fs::exists(server.site / "output"));
    CHECK(contains(server.get("/__publish/reload.js"), "EventSource"));

    // Drafts are shown, with their banner.
    CHECK(contains(server.get("/briefings/draft-briefing/"), "class=\"draft-banner\""));

    // A content edit (appended) and a data edit (saved by rename) show up.
    server.append("content/briefings/safety-plans.md", "\nWritten during the preview.\n");
    CHECK(server.wait_for("/briefings/safety-plans/", has("Written during the preview.")));
    std::string funding = read_file(server.site / "data/funding.json");
    funding.replace(funding.find("162435"), 6, "162436");
    funding.replace(funding.find("372064"), 6, "372065");
    server.replace("data/funding.json", funding);
    CHECK(server.wait_for("/annual-reports/2023-24/funding/", has("372,065")));

    // A broken edit: the error is exposed with its file and line; the last good page stays.
    server.append("content/briefings/safety-plans.md", "\n{{< fundng-table >}}\n");
    CHECK(server.wait_for("/__publish/status", has("\"file\":\"content/briefings/safety-plans.md\"")));
    std::string status = server.get("/__publish/status");
    CHECK(contains(status, "unknown shortcode"));
    CHECK(contains(status, "\"line\":"));
    CHECK(contains(server.get("/briefings/safety-plans/"), "Written during the preview."));
    CHECK(contains(server.log(server.port), "content/briefings/safety-plans.md:"));

    // Fixing it clears the error and serves the new text.
    std::string text = read_file(server.site / "content/briefings/safety-plans.md");
    text.replace(text.find("{{< fundng-table >}}"), 20, "Fixed while previewing.");
    server.replace("content/briefings/safety-plans.md", text);
    CHECK(server.wait_for("/__publish/status", has("\"errors\":[]")));
    CHECK(server.wait_for("/briefings/safety-plans/", has("Fixed while previewing.")));

    // A second server on the same port: a clear message and exit status 2, not a crash.
    pid_t second = server.start(server.port);
    int second_status = 0;
    waitpid(second, &second_status, 0);
    CHECK(WIFEXITED(second_status));
    CHECK(WEXITSTATUS(second_status) == 2);
    CHECK(contains(server.log(server.port), "cannot listen on 127.0.0.1:" + std::to_string(server.port)));

    // Ctrl-C: a clean stop with exit status 0.
    kill(server.pid, SIGINT);
    int exit_status = 0;
    waitpid(server.pid, &exit_status, 0);
    server.pid = -1;
    CHECK(WIFEXITED(exit_status));
    CHECK(WEXITSTATUS(exit_status) == 0);
}

TEST_CASE("publish build never writes the serve-time reload script") {
    BuiltSite built(source_dir() / "tests/sites/small", "--drafts");
    REQUIRE(built.result.exit_code == 0);
    REQUIRE_FALSE(built.files.empty());
    for (const auto& [path, bytes] : built.files) {
        INFO(path);
        CHECK_FALSE(contains(bytes, "__publish"));
    }
}

TEST_CASE("the README's walk-through: a new briefing, previewed, corrected and published") {
    Server server(source_dir() / "tests/sites/small");
    REQUIRE(server.wait_for("/briefings/safety-plans/", has("A rapid review looked at safety plans"), 60));
    const std::string file = "content/briefings/bruising-in-non-mobile-babies.md";
    const std::string page = "/briefings/bruising-in-non-mobile-babies/";

    // publish new writes a draft with the seven sections; the running preview shows it with its banner.
    CommandResult made = run_publish("new briefing \"Bruising in non-mobile babies\" --site " + server.site.string());
    REQUIRE(made.exit_code == 0);
    CHECK(contains(made.out, "Wrote " + file));
    REQUIRE(server.wait_for(page, has("class=\"draft-banner\"")));
    CHECK(contains(server.get(page), "Find out more"));

    // Writing under a heading and saving: the page shows it.
    std::string text = read_file(server.site / file);
    text.replace(text.find("What happened, or why this topic, in two or three sentences."), 60,
                 "A bruise on a baby who cannot yet crawl must always be looked into.");
    server.replace(file, text);
    CHECK(server.wait_for(page, has("cannot yet crawl")));

    // A theme that does not exist: file, line 6, column 9 and a hint; the last good page stays.
    std::string wrong = text;
    wrong.replace(wrong.find("themes: []"), 10, "themes: [neglect, unknown-theme]");
    REQUIRE(wrong.find("themes: [neglect") == wrong.find("\nthemes:") + 1);
    server.replace(file, wrong);
    CHECK(server.wait_for("/__publish/status", has("unknown theme \\\"unknown-theme\\\"")));
    std::string status = server.get("/__publish/status");
    CHECK(contains(status, "\"file\":\"" + file + "\""));
    CHECK(contains(status, "\"line\":6"));
    CHECK(contains(status, "\"column\":9"));
    CHECK(contains(server.get(page), "cannot yet crawl"));

    // Fixed: the error goes.
    std::string fixed = text;
    fixed.replace(fixed.find("themes: []"), 10, "themes: [neglect]");
    server.replace(file, fixed);
    CHECK(server.wait_for("/__publish/status", has("\"errors\":[]")));

    // Ready: draft: false, stop the preview, build. The page and its one-page PDF are published.
    fixed.replace(fixed.find("draft: true"), 11, "draft: false");
    server.replace(file, fixed);
    kill(server.pid, SIGINT);
    waitpid(server.pid, nullptr, 0);
    server.pid = -1;
    CommandResult built = run_publish("build --site " + server.site.string());
    INFO(built.err);
    REQUIRE(built.exit_code == 0);
    fs::path out = server.site / "output/briefings/bruising-in-non-mobile-babies";
    CHECK(contains(read_file(out / "index.html"), "cannot yet crawl"));
    CHECK_FALSE(contains(read_file(out / "index.html"), "draft-banner"));
    REQUIRE(fs::exists(out / "bruising-in-non-mobile-babies.pdf"));
    CHECK(pdf_page_count(out / "bruising-in-non-mobile-babies.pdf") == 1);
}
