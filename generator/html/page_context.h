// The parts of a template context every page shares: head, navigation, breadcrumbs, dates, links.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "html/site_index.h"

namespace publish {

/// Everything a page's context is built from.
struct PageInputs {
    const Site& site;
    const SiteIndex& index;
    const std::map<std::string, PdfInfo>& pdfs;
    Diagnostics& diagnostics;
    /// Where the page records what it read ("doc:<path>", "list:<path>", "data:<name>",
    /// "pdf:<url>", "template:<name>"), for incremental rebuilds; null when nobody asks.
    std::set<std::string>* used = nullptr;
};

/// Records that the page being built read `kind` + `name` ("list:" and a source path; see
/// PageInputs::used). The key is only made when something records it: most builds do not.
inline void record_use(const PageInputs& in, std::string_view kind, std::string_view name = {}) {
    if (!in.used) return;
    std::string key(kind);
    key += name;
    in.used->insert(std::move(key));
}

/// A link in the breadcrumb trail (site-relative URL; "" for the current page).
struct Crumb {
    std::string label;
    std::string url;
};

/// What the head and header of a page say about it.
struct PageHead {
    std::string title;            ///< the page's h1 and <title> (before " – Site")
    std::string context_title;    ///< added to <title> after the page's title (a report's title), or ""
    std::string description;      ///< meta description and og:description
    std::string url;              ///< site-relative URL of this page
    std::string og_type = "website";
    std::string nav_key;          ///< marks the current nav item
    std::vector<Crumb> trail;     ///< breadcrumbs before the current page (Home is added)
    std::string draft;            ///< banner text, "" for none
};

/// base_path + a site-relative URL: the href every link uses.
std::string site_href(const Site& site, const std::string& url);

/// What every page of the site shares: {language, site: {name, base, hrefs of feed, search,
/// CSS, contact…}}. Computed once per site (SiteIndex::shared).
nlohmann::json shared_context(const Site& site, const SiteIndex& index);

/// A page's own head context: page (title, description, canonical…), nav, breadcrumbs, draft.
nlohmann::json page_context(const PageInputs& in, const PageHead& head);

/// {"iso": "2023-12-14", "text": "14 December 2023"}, or null for "".
nlohmann::json date_json(const std::string& iso_date);

/// One document in a list: title, href, summary, date, type label, draft.
nlohmann::json document_item(const PageInputs& in, int document);

/// A list of documents (indices) as items, at most `limit` of them (0 = all).
nlohmann::json document_items(const PageInputs& in, const std::vector<int>& documents, size_t limit = 0);

/// Theme or priority ids as [{title, href}] ("themes" or "priorities" folder).
nlohmann::json term_links(const PageInputs& in, const std::vector<std::string>& ids, const std::string& folder);

/// Dates, PDF link and tags of a document: {date, updated, review_date, pdf, themes, priorities, type}.
/// `pdf_url` is the URL whose PDF to offer (a bundle section offers its bundle's).
nlohmann::json document_meta(const PageInputs& in, const Document& doc, const std::string& pdf_url);

/// Banner text for a draft or embargoed document shown under --drafts, else "".
std::string draft_banner(const Site& site, const Document& doc);

/// A tree (or part of one) as HTML: body headings stay h2 under the page's h1.
std::string tree_html(const Node& tree);

}  // namespace publish
