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

std::string search_entry(const Site& site, const Document& doc) {
    nlohmann::json themes = nlohmann::json::array();
    for (const auto& id : doc.meta.themes) themes.push_back(id);
    nlohmann::json entry = {{"title", doc.meta.title},
                            {"url", site_href(site, doc.url)},
                            {"type", doc_type_label(doc.type)},
                            {"summary", doc.meta.summary},
                            {"text", truncate_text(plain_text(doc.body, max_text_bytes), max_text_bytes)},
                            {"themes", std::move(themes)}};
    // Invalid UTF-8 is replaced rather than thrown on: the index must never stop a build.
    return entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

OutputFile search_index_from_entries(const std::vector<const std::string*>& entries) {
    size_t size = 2;
    for (const std::string* entry : entries) size += entry->size() + 1;
    std::string out;
    out.reserve(size);
    out += '[';
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) out += ',';
        out += *entries[i];
    }
    out += ']';
    return {"search-index.json", std::move(out)};
}

OutputFile render_search_index(const Site& site) {
    std::vector<std::string> entries;
    for (const Document& doc : site.documents)
        if (doc.published) entries.push_back(search_entry(site, doc));
    std::vector<const std::string*> pointers;
    for (const auto& entry : entries) pointers.push_back(&entry);
    return search_index_from_entries(pointers);
}

}  // namespace publish
