// Site search in the browser: loads search-index.json and lists matches as the user types.
// No external service, no inline script (the page's Content-Security-Policy forbids it).
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var ANNOUNCE_DELAY_MS = 600;

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var fallback = document.getElementById("search-fallback");
  if (!form || !input || !status || !results) return;

  var entries = null;        // the loaded index, each entry with lower-cased fields added
  var loading = null;        // the pending fetch
  var announceTimer = null;

  // Without scripts the page explains how to browse instead; with them, that note is not needed.
  if (fallback) fallback.hidden = true;

  /** Lower case without accents, so "cafe" finds "café". */
  function fold(text) {
    text = String(text || "").toLowerCase();
    return text.normalize ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
  }

  function words(query) {
    return fold(query).split(/[\s,.;:!?()\[\]"'\u201c\u201d\u2018\u2019\u2013\u2014\/-]+/).filter(function (w) { return w.length > 0; });
  }

  function loadIndex() {
    if (entries) return Promise.resolve(entries);
    if (loading) return loading;
    loading = fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        entries = data.map(function (entry) {
          return {
            entry: entry,
            title: fold(entry.title),
            summary: fold(entry.summary),
            text: fold(entry.text),
            themes: fold((entry.themes || []).join(" ")),
            type: fold(entry.type)
          };
        });
        return entries;
      });
    return loading;
  }

  /** Every word must appear somewhere; title matches count most, then summary, themes, text. */
  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      var s = 0;
      if (item.title.indexOf(t) !== -1) s += 10;
      if (item.summary.indexOf(t) !== -1) s += 4;
      if (item.themes.indexOf(t) !== -1 || item.type.indexOf(t) !== -1) s += 3;
      if (item.text.indexOf(t) !== -1) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function search(query) {
    var terms = words(query);
    if (terms.length === 0) return [];
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], terms);
      if (s > 0) found.push({ score: s, entry: entries[i].entry });
    }
    found.sort(function (a, b) {
      return b.score - a.score || String(a.entry.title).localeCompare(String(b.entry.title));
    });
    return found;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function show(query, found) {
    results.textContent = "";
    found.slice(0, MAX_RESULTS).forEach(function (result) {
      var entry = result.entry;
      var li = element("li");
      var title = element("p", "result-title");
      var link = element("a", null, entry.title);
      link.href = entry.url;
      title.appendChild(link);
      li.appendChild(title);
      li.appendChild(element("p", "result-type", entry.type));
      if (entry.summary) li.appendChild(element("p", "result-summary", entry.summary));
      results.appendChild(li);
    });
    announce(query, found.length);
  }

  /** Tells screen readers how many results there are, once typing pauses. */
  function announce(query, count) {
    clearTimeout(announceTimer);
    var message;
    if (!query.trim()) message = "";
    else if (count === 0) message = "No results for \u201c" + query.trim() + "\u201d.";
    else if (count === 1) message = "1 result for \u201c" + query.trim() + "\u201d.";
    else if (count > MAX_RESULTS)
      message = count + " results for \u201c" + query.trim() + "\u201d; showing the first " + MAX_RESULTS + ".";
    else message = count + " results for \u201c" + query.trim() + "\u201d.";
    announceTimer = setTimeout(function () { status.textContent = message; }, ANNOUNCE_DELAY_MS);
  }

  function update() {
    var query = input.value;
    if (window.history && window.history.replaceState) {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.toString());
    }
    loadIndex().then(function () {
      if (input.value === query) show(query, search(query));
    }).catch(function () {
      status.textContent = "Search is not available right now. Please try again later.";
      if (fallback) fallback.hidden = false;
    });
  }

  input.addEventListener("input", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    update();
  }
})();
