// The live-reload script and the error overlay's style; served only by `publish serve`.
#include "serve/reload_assets.h"

namespace publish {

const char* const reload_script = R"JS(// publish serve: reload after each build, show build errors over the page.
(function () {
  "use strict";
  var script = document.currentScript;
  var match = script && /[?&]generation=(\d+)/.exec(script.src);
  var generation = match ? Number(match[1]) : -1;
  var overlay = null;

  function addStyle() {
    if (document.getElementById("publish-overlay-style")) return;
    var link = document.createElement("link");
    link.id = "publish-overlay-style";
    link.rel = "stylesheet";
    link.href = "/__publish/overlay.css";
    document.head.appendChild(link);
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function show(errors) {
    hide();
    addStyle();
    overlay = element("section", "", "publish-overlay");
    overlay.id = "publish-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "publish-overlay-title");
    var title = element("h2", errors.length === 1 ? "The site has an error" : "The site has " + errors.length + " errors");
    title.id = "publish-overlay-title";
    overlay.appendChild(title);
    overlay.appendChild(element("p", "This page is the last good version. Fix the file and save: the page reloads by itself."));
    var list = element("ul");
    errors.forEach(function (e) {
      var item = element("li");
      var where = e.file + (e.line ? ":" + e.line + (e.column ? ":" + e.column : "") : "");
      item.appendChild(element("code", where, "publish-where"));
      item.appendChild(document.createTextNode(" " + e.message));
      if (e.hint) item.appendChild(element("p", "hint: " + e.hint, "publish-hint"));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = element("button", "Hide");
    close.type = "button";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  function update(state) {
    if (state.errors && state.errors.length) {
      show(state.errors);
    } else if (generation >= 0 && state.generation !== generation) {
      window.location.reload();
    } else {
      generation = state.generation;
      hide();
    }
  }

  var source = new EventSource("/__publish/events");
  source.onmessage = function (event) { update(JSON.parse(event.data)); };
})();
)JS";

const char* const overlay_style = R"CSS(/* publish serve: the build-error overlay. */
.publish-overlay {
  position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2147483647;
  max-height: 60vh; overflow: auto; box-sizing: border-box;
  padding: 1rem 1.25rem; background: #ffffff; color: #1a1a1a;
  border: 4px solid #a4001d; border-radius: 4px; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35);
  font: 1rem/1.5 system-ui, sans-serif; text-align: left;
}
.publish-overlay h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #a4001d; }
.publish-overlay ul { margin: 0.5rem 0; padding-left: 1.25rem; }
.publish-overlay li { margin: 0.25rem 0; }
.publish-overlay code { font-family: ui-monospace, monospace; font-weight: bold; overflow-wrap: anywhere; }
.publish-overlay .publish-hint { margin: 0.125rem 0 0; color: #3d3d3d; }
.publish-overlay button { font: inherit; padding: 0.25rem 0.75rem; color: #1a1a1a; background: #f0f0f0;
  border: 2px solid #1a1a1a; border-radius: 4px; cursor: pointer; }
.publish-overlay button:focus { outline: 3px solid #1d70b8; outline-offset: 2px; }
)CSS";

}  // namespace publish
