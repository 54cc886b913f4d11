// Every HTML page of the site, from the theme's templates.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// A theme's templates, parsed once; rendering from many threads at once is safe.
class Theme {
public:
    /// Loads themes/<name>/templates/**.mustache from the file map, falling back to
    /// themes/default/templates/ for any template the named theme does not have (a site's own
    /// file under the same path has already replaced the built-in one in the map). Partials
    /// (`{{> head}}` → templates/partials/head.mustache) are inlined here, once. Syntax errors,
    /// unknown or recursive partials and missing page templates are reported with the
    /// template's path; the theme is still returned (broken templates render nothing).
    static std::unique_ptr<Theme> load(const FileMap& files, const std::string& name, Diagnostics& diagnostics);
    ~Theme();

    /// Page template names this theme has ("home", "briefing", …), sorted.
    std::vector<std::string> template_names() const;
    /// Path of the file a template came from ("themes/default/templates/home.mustache"), or "".
    std::string template_path(const std::string& template_name) const;

    struct Impl;  ///< the parsed templates (html/theme_templates.h)
    const Impl& impl() const { return *impl_; }

private:
    explicit Theme(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

struct SiteIndex;  ///< facts every page needs (nav, lists, terms), computed once per plan (html/site_index.h)

/// One HTML page to write: what it is and where it goes.
struct PageJob {
    enum class Kind { home, section_list, document, bundle_section, theme, priority, reviews, search, not_found };
    Kind kind = Kind::document;
    std::string output_path;  ///< "briefings/safer-sleep/index.html"
    std::string url;          ///< site-relative URL of the page ("briefings/safer-sleep/", "" for home, "404.html")
    int document = -1;        ///< Site::documents index (document, bundle_section; home/section_list: its intro page or -1)
    std::string key;          ///< section name, theme id or priority id
    /// Shared by every job of one plan so each page costs only its own work; render_page
    /// computes it itself when it is missing (a job built by hand).
    std::shared_ptr<const SiteIndex> index;
};

/// Lists every page the site publishes: home, section lists, document and bundle-section pages,
/// themes/<id>/, priorities/<id>/, reviews/ (if there are reviews), search/ and 404.html.
/// Only published documents (Document::published is already true for drafts under --drafts).
std::vector<PageJob> plan_pages(const Site& site);

/// Renders one page; independent of every other page, so jobs can run in parallel (give each
/// thread its own Diagnostics and merge). `pdfs` maps a document URL to its PDF. If `used` is
/// given, the page records in it every input it read: "doc:<source>" (a document's text),
/// "list:<source>" (a document's listing facts), "pdf:<url>", "data:<name>", "template:<name>".
OutputFile render_page(const PageJob& job, const Site& site, const Theme& theme,
                       const std::map<std::string, PdfInfo>& pdfs, Diagnostics& diagnostics,
                       std::set<std::string>* used = nullptr);

/// The client-side search index, "search-index.json": a JSON array of {title, url, type,
/// summary, text, themes} for every published document (url includes base_path).
OutputFile render_search_index(const Site& site);

/// One document's entry of the search index, as compact JSON (render_search_index joins them).
std::string search_entry(const Site& site, const Document& doc);

/// The search index from entries made by search_entry, in site order.
OutputFile search_index_from_entries(const std::vector<const std::string*>& entries);

/// Static theme assets to copy: themes/default/static/** overlaid by themes/<name>/static/**,
/// each written to output/static/** (css/site.css → static/css/site.css).
std::vector<OutputFile> theme_assets(const FileMap& files, const std::string& theme_name);

}  // namespace publish
