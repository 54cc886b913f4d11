// The script and style sheet `publish serve` adds to its pages (never part of a built site).
#pragma once

namespace publish {

/// /__publish/reload.js: listens to /__publish/events, reloads after a good build, shows errors.
extern const char* const reload_script;

/// /__publish/overlay.css: the error overlay, high contrast, above the page.
extern const char* const overlay_style;

}  // namespace publish
