#include <catch2/catch.hpp>

#include <httplib.h>

#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include "serve/preview_server.h"

using namespace publish;

namespace {

/// A port nobody listens on right now (bound to port 0 and released).
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

std::shared_ptr<const OutputMap> site(const std::string& home) {
    auto outputs = std::make_shared<OutputMap>();
    (*outputs)["index.html"] = std::make_shared<const std::string>(home);
    (*outputs)["briefings/a/index.html"] = std::make_shared<const std::string>("<html><head></head><body>A</body></html>");
    (*outputs)["404.html"] = std::make_shared<const std::string>("<html><head></head><body>Missing</body></html>");
    (*outputs)["static/css/site.css"] = std::make_shared<const std::string>("body{}");
    return outputs;
}

}  // namespace

TEST_CASE("the reload script goes before </head>, as an external same-origin script") {
    std::string html = "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>";
    std::string out = inject_reload_script(html, 7);
    CHECK(out.find("<script src=\"/__publish/reload.js?generation=7\" defer></script>\n</head>") != std::string::npos);
    CHECK(out.size() > html.size());
}

TEST_CASE("media types carry a charset for text") {
    CHECK(media_type("a/index.html") == "text/html; charset=utf-8");
    CHECK(media_type("x.pdf") == "application/pdf");
    CHECK(media_type("feed.xml") == "application/xml; charset=utf-8");
    CHECK(media_type("search-index.json") == "application/json");
    CHECK(media_type("unknown.bin") == "application/octet-stream");
}

TEST_CASE("the server serves outputs from memory, under the base path, with the script only in HTML") {
    PreviewServer server;
    int port = free_port();
    REQUIRE(server.bind(port).empty());
    server.start();
    server.publish(site("<html><head></head><body>Home</body></html>"), "/lscp/");
    httplib::Client client("127.0.0.1", port);

    auto home = client.Get("/lscp/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(home->body.find("Home") != std::string::npos);
    CHECK(home->body.find("/__publish/reload.js?generation=1") != std::string::npos);

    auto css = client.Get("/lscp/static/css/site.css");
    REQUIRE(css);
    CHECK(css->body == "body{}");

    auto redirect = client.Get("/lscp/briefings/a");
    REQUIRE(redirect);
    CHECK(redirect->status == 302);
    CHECK(redirect->get_header_value("Location") == "/lscp/briefings/a/");

    auto missing = client.Get("/lscp/nothing/here/");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(missing->body.find("Missing") != std::string::npos);

    auto script = client.Get("/__publish/reload.js");
    REQUIRE(script);
    CHECK(script->body.find("EventSource(\"/__publish/events\")") != std::string::npos);

    server.show_errors({{Severity::error, {"content/a.md", 3, 5}, "unknown shortcode \"x\"", "did you mean \"y\"?"}});
    auto status = client.Get("/__publish/status");
    REQUIRE(status);
    CHECK(status->body.find("\"file\":\"content/a.md\"") != std::string::npos);
    CHECK(status->body.find("\"line\":3") != std::string::npos);
    auto still = client.Get("/lscp/");
    REQUIRE(still);
    CHECK(still->body.find("Home") != std::string::npos);  // the last good version

    server.publish(site("<html><head></head><body>Home again</body></html>"), "/lscp/");
    status = client.Get("/__publish/status");
    REQUIRE(status);
    CHECK(status->body == R"({"errors":[],"generation":2})");
    server.stop();
}

TEST_CASE("the events stream sends the state at once, then each change") {
    PreviewServer server;
    int port = free_port();
    REQUIRE(server.bind(port).empty());
    server.start();
    server.publish(site("<html><head></head><body>Home</body></html>"), "/");
    httplib::Client client("127.0.0.1", port);
    std::string received;
    std::thread later([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        server.publish(site("<html><head></head><body>New</body></html>"), "/");
    });
    client.Get("/__publish/events", [&](const char* data, size_t length) {
        received.append(data, length);
        return received.find("\"generation\":2") == std::string::npos;  // stop reading after the second build
    });
    later.join();
    CHECK(received.find("data: {\"errors\":[],\"generation\":1}\n\n") == 0);
    CHECK(received.find("data: {\"errors\":[],\"generation\":2}\n\n") != std::string::npos);
    server.stop();
}

TEST_CASE("a port in use is a clear message, not a crash") {
    PreviewServer first;
    int port = free_port();
    REQUIRE(first.bind(port).empty());
    PreviewServer second;
    std::string problem = second.bind(port);
    CHECK(problem.find("cannot listen on 127.0.0.1:" + std::to_string(port)) == 0);
    CHECK(problem.find("--port") != std::string::npos);
}
