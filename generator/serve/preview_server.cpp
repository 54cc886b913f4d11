// The preview server: outputs from memory, the reload script, server-sent events, status.
#include "serve/preview_server.h"

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "serve/reload_assets.h"

namespace publish {

struct PreviewServer::State {
    std::string base_path = "/";  ///< path of the site's base_url: links on the pages start with it
    httplib::Server server;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::shared_ptr<const OutputMap> outputs = std::make_shared<OutputMap>();
    long generation = 0;  ///< good builds so far
    long version = 0;     ///< any change of what the status says
    std::string status = R"({"generation":0,"errors":[]})";
    bool stopping = false;

    void set_status(const std::vector<Diagnostic>& errors) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : errors)
            list.push_back({{"file", e.where.file}, {"line", e.where.line}, {"column", e.where.column},
                            {"message", e.message}, {"hint", e.hint}});
        status = nlohmann::json{{"generation", generation}, {"errors", list}}.dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace);
        ++version;
    }
};

namespace {

void no_store(httplib::Response& res) { res.set_header("Cache-Control", "no-store"); }

/// Serves one output by its request path, or the site's 404 page.
void serve_output(PreviewServer::State& state, const httplib::Request& req, httplib::Response& res) {
    std::shared_ptr<const OutputMap> outputs;
    long generation;
    std::string base_path;
    {
        std::lock_guard lock(state.mutex);
        outputs = state.outputs;
        generation = state.generation;
        base_path = state.base_path;
    }
    std::string path = req.path;
    if (path.compare(0, base_path.size(), base_path) == 0)
        path = path.substr(base_path.size());
    else if (!path.empty() && path[0] == '/')
        path = path.substr(1);
    if (path.empty() || path.back() == '/') path += "index.html";
    auto found = outputs->find(path);
    if (found == outputs->end() && outputs->count(path + "/index.html")) {
        res.set_redirect(req.path + "/");
        return;
    }
    if (found == outputs->end()) {
        res.status = 404;
        found = outputs->find("404.html");
        if (found == outputs->end()) {  // nothing built yet: a page that can show the errors
            res.set_content(inject_reload_script("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                                                 "<title>Not built yet</title></head>\n<body><main><h1>The site "
                                                 "has not been built yet</h1></main></body></html>\n",
                                                 generation),
                            "text/html; charset=utf-8");
            return;
        }
    }
    no_store(res);
    std::string type = media_type(found->first);
    if (found->first.ends_with(".html"))
        res.set_content(inject_reload_script(*found->second, generation), type.c_str());
    else
        res.set_content(*found->second, type.c_str());
}

}  // namespace

std::string inject_reload_script(const std::string& html, long generation) {
    std::string tag = "<script src=\"/__publish/reload.js?generation=" + std::to_string(generation) + "\" defer></script>\n";
    size_t head = html.find("</head>");
    if (head == std::string::npos) return tag + html;
    std::string out;
    out.reserve(html.size() + tag.size());
    out.append(html, 0, head).append(tag).append(html, head, std::string::npos);
    return out;
}

std::string media_type(const std::string& path) {
    static const std::pair<const char*, const char*> types[] = {
        {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
        {".xml", "application/xml; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"},
        {".svg", "image/svg+xml"}, {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
        {".gif", "image/gif"}, {".webp", "image/webp"}, {".ico", "image/x-icon"}, {".pdf", "application/pdf"},
        {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".webmanifest", "application/manifest+json"}};
    for (const auto& [suffix, type] : types)
        if (path.ends_with(suffix)) return type;
    return "application/octet-stream";
}

PreviewServer::PreviewServer() : state_(std::make_shared<State>()) {
    State& state = *state_;
    auto& server = state.server;
    // httplib's default adds SO_REUSEPORT, which would let a second server share a port in use
    // without a word; only SO_REUSEADDR (a restart may bind while old connections linger).
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof yes);
    });
    server.Get("/__publish/reload.js", [](const httplib::Request&, httplib::Response& res) {
        no_store(res);
        res.set_content(reload_script, "text/javascript; charset=utf-8");
    });
    server.Get("/__publish/overlay.css", [](const httplib::Request&, httplib::Response& res) {
        no_store(res);
        res.set_content(overlay_style, "text/css; charset=utf-8");
    });
    server.Get("/__publish/status", [&state](const httplib::Request&, httplib::Response& res) {
        std::lock_guard lock(state.mutex);
        no_store(res);
        res.set_content(state.status, "application/json");
    });
    server.Get("/__publish/events", [&state](const httplib::Request&, httplib::Response& res) {
        no_store(res);
        auto sent = std::make_shared<long>(-1);
        res.set_chunked_content_provider("text/event-stream", [&state, sent](size_t, httplib::DataSink& sink) {
            std::string message;
            {
                std::unique_lock lock(state.mutex);
                state.changed.wait_for(lock, std::chrono::seconds(15),
                                       [&] { return state.stopping || state.version != *sent; });
                if (state.stopping) return false;
                if (state.version != *sent) {
                    *sent = state.version;
                    message = "data: " + state.status + "\n\n";
                } else {
                    message = ": still here\n\n";
                }
            }
            return sink.write(message.data(), message.size());
        });
    });
    server.Get(".*", [&state](const httplib::Request& req, httplib::Response& res) { serve_output(state, req, res); });
}

PreviewServer::~PreviewServer() { stop(); }

std::string PreviewServer::bind(int port) {
    if (state_->server.bind_to_port("127.0.0.1", port)) return {};
    return "cannot listen on 127.0.0.1:" + std::to_string(port) +
           " (is another server using it?); choose another port with --port N";
}

void PreviewServer::start() {
    state_->thread = std::thread([state = state_] { state->server.listen_after_bind(); });
}

void PreviewServer::stop() {
    {
        std::lock_guard lock(state_->mutex);
        if (state_->stopping) return;
        state_->stopping = true;
    }
    state_->changed.notify_all();
    state_->server.stop();
    if (state_->thread.joinable()) state_->thread.join();
}

void PreviewServer::publish(std::shared_ptr<const OutputMap> outputs, const std::string& base_path) {
    {
        std::lock_guard lock(state_->mutex);
        state_->base_path = base_path.empty() ? "/" : base_path;
        state_->outputs = std::move(outputs);
        ++state_->generation;
        state_->set_status({});
    }
    state_->changed.notify_all();
}

void PreviewServer::show_errors(const std::vector<Diagnostic>& errors) {
    {
        std::lock_guard lock(state_->mutex);
        state_->set_status(errors);
    }
    state_->changed.notify_all();
}

}  // namespace publish
