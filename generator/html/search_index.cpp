// The client-side search index: every published document's title, link, summary and text.
#include <nlohmann/json.hpp>

#include "html/page_context.h"
#include "html/text_format.h"

namespace publish {

namespace {

constexpr size_t max_text_bytes = 2000;

/// Cuts text to at most `limit` bytes at a word boundary, never inside a UTF-8 sequence.
std::string truncate_text(std::string text, size_t limit) {
    if (text.size() <= limit) return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > limit / 2) cut = space;
    text.resize(cut);
    text.shrink_to_fit();
    return text;
}

}  // namespace

OutputFile render_search_index(const Site& site) {
    // Written entry by entry into one string reserved up front (the bytes are those of the whole
    // array dumped at once): no JSON tree of every entry, no doubling of a 25 MB string at 10k.
    size_t estimate = 2;
    for (const Document& doc : site.documents)
        if (doc.published) estimate += doc.meta.title.size() + doc.meta.summary.size() + doc.url.size() + max_text_bytes + 160;
    std::string out;
    out.reserve(estimate);
    out += '[';
    bool first = true;
    for (const Document& doc : site.documents) {
        if (!doc.published) continue;
        nlohmann::json themes = nlohmann::json::array();
        for (const auto& id : doc.meta.themes) themes.push_back(id);
        nlohmann::json entry = {{"title", doc.meta.title},
                                {"url", site_href(site, doc.url)},
                                {"type", doc_type_label(doc.type)},
                                {"summary", doc.meta.summary},
                                {"text", truncate_text(plain_text(doc.body, max_text_bytes), max_text_bytes)},
                                {"themes", std::move(themes)}};
        if (!first) out += ',';
        first = false;
        // Invalid UTF-8 is replaced rather than thrown on: the index must never stop a build.
        out += entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out += ']';
    return {"search-index.json", std::move(out)};
}

}  // namespace publish
