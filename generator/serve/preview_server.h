// The preview web server of `publish serve`: the site from memory, live reload, error overlay.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "pipeline/incremental.h"

namespace publish {

/// Serves a built site held in memory on 127.0.0.1 (cpp-httplib). HTML responses get one
/// `<script src="/__publish/reload.js">` before `</head>`: an external same-origin script, so
/// the pages' Content-Security-Policy (script-src 'self') allows it. The script listens to
/// `/__publish/events` (server-sent events, allowed by default-src 'self'), reloads the page
/// after each good build and shows the errors of a failed one over the page, which keeps
/// showing the last good version. `/__publish/status` gives the same state as JSON.
class PreviewServer {
public:
    PreviewServer();
    ~PreviewServer();

    /// Binds 127.0.0.1:port; returns "" or why it could not (the port is in use …).
    std::string bind(int port);
    /// Serves on a thread of its own until stop().
    void start();
    void stop();

    /// A good build: serve these outputs (under the site's base path), clear the errors, tell
    /// open pages to reload.
    void publish(std::shared_ptr<const OutputMap> outputs, const std::string& base_path);
    /// A failed build: keep serving the last good outputs, show these errors on open pages.
    void show_errors(const std::vector<Diagnostic>& errors);

    struct State;  ///< shared with the request handlers (preview_server.cpp)

private:
    std::shared_ptr<State> state_;
};

/// The HTML with the reload script added before </head> (or at the start if there is none).
std::string inject_reload_script(const std::string& html, long generation);

/// Media type of an output by its extension ("text/html; charset=utf-8", "application/pdf" …).
std::string media_type(const std::string& path);

}  // namespace publish
