// Every HTML page of the site, from the theme's templates.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"

namespace publish {

/// A theme's templates, parsed once (thread-safe to render from many threads).
class Theme {
public:
    /// Loads themes/<name>/templates/*.mustache from the file map; a site's own
    /// themes/<name>/… files override the built-in ones by the same name. Syntax errors and
    /// missing required templates are reported with the template's path.
    static std::unique_ptr<Theme> load(const FileMap& files, const std::string& name, Diagnostics& diagnostics);
    virtual ~Theme() = default;
    /// Renders template `name` with a JSON context given as text… (implementation detail of html/)
    virtual std::string render(const std::string& name, const void* context) const = 0;
};

/// One HTML page to write: what it is and where it goes.
struct PageJob {
    enum class Kind { home, section_list, document, bundle_section, theme, priority, reviews, not_found } kind;
    std::string output_path;  ///< "briefings/safer-sleep/index.html"
    int document = -1;        ///< Site::documents index (document, bundle_section)
    std::string key;          ///< section name, theme id or priority id
};

/// Lists every page the site publishes (published documents only unless site.drafts).
std::vector<PageJob> plan_pages(const Site& site);

/// Renders one page; independent of every other page, so jobs can run in parallel.
OutputFile render_page(const PageJob& job, const Site& site, const Theme& theme,
                       const std::map<std::string, PdfInfo>& pdfs, Diagnostics& diagnostics);

/// The client-side search index (JSON) of every published page.
OutputFile render_search_index(const Site& site);

/// Static theme assets (CSS, JS, images) to copy: themes/<name>/static/** → output/**.
std::vector<OutputFile> theme_assets(const FileMap& files, const std::string& theme_name);

}  // namespace publish
