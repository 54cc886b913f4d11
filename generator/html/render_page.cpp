// Rendering one planned page: its context by kind, then its template.
#include "html/document_pages.h"
#include "html/listing_pages.h"
#include "html/theme_templates.h"

namespace publish {

OutputFile render_page(const PageJob& job, const Site& site, const Theme& theme,
                       const std::map<std::string, PdfInfo>& pdfs, Diagnostics& diagnostics,
                       std::set<std::string>* used) {
    std::shared_ptr<const SiteIndex> index = job.index;
    if (!index) index = std::make_shared<const SiteIndex>(build_site_index(site));
    PageInputs in{site, *index, pdfs, diagnostics, used};
    if (job.document >= 0 && job.document < static_cast<int>(site.documents.size()))
        record_use(in, "doc:", site.documents[job.document].source_path);

    std::string template_name;
    nlohmann::json context;
    switch (job.kind) {
        case PageJob::Kind::home:
            template_name = "home";
            context = home_context(in, job);
            break;
        case PageJob::Kind::section_list:
            template_name = "list";
            context = section_list_context(in, job);
            break;
        case PageJob::Kind::document:
        case PageJob::Kind::bundle_section:
            if (job.document < 0 || job.document >= static_cast<int>(site.documents.size())) {
                diagnostics.error({}, "internal error: page \"" + job.output_path + "\" has no document");
                return {job.output_path, {}};
            }
            context = document_page_context(in, job.document, template_name);
            break;
        case PageJob::Kind::theme:
        case PageJob::Kind::priority:
            template_name = "taxonomy";
            context = term_context(in, job);
            break;
        case PageJob::Kind::reviews:
            template_name = "reviews";
            context = reviews_context(in, job);
            break;
        case PageJob::Kind::search:
            template_name = "search";
            context = search_context(in, job);
            break;
        case PageJob::Kind::not_found:
            template_name = "404";
            context = not_found_context(in, job);
            break;
    }
    record_use(in, "template:", template_name);
    return {job.output_path, render_template(theme, template_name, context, diagnostics, &index->shared)};
}

}  // namespace publish
