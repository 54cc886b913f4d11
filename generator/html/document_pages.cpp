// Contexts of the pages that show one document.
#include "html/document_pages.h"

#include "html/briefing_panels.h"
#include "html/review_facts.h"
#include "html/text_format.h"

namespace publish {

namespace {

const Bundle* bundle_of(const Site& site, const Document& doc) {
    if (doc.bundle < 0 || doc.bundle >= static_cast<int>(site.bundles.size())) return nullptr;
    return &site.bundles[doc.bundle];
}

/// Home › Section list (if the section has one) › Report (for a report's sections).
std::vector<Crumb> trail_of(const PageInputs& in, const Document& doc) {
    std::vector<Crumb> trail;
    if (!doc.section.empty() && in.index.section_items.count(doc.section))
        trail.push_back({section_title(doc.section), doc.section + "/"});
    const Bundle* bundle = bundle_of(in.site, doc);
    if (bundle && !doc.bundle_index && bundle->index >= 0) {
        const Document& index = in.site.documents[bundle->index];
        record_use(in, "list:", index.source_path);
        trail.push_back({index.meta.title, index.url});
    }
    return trail;
}

PageHead head_of(const PageInputs& in, const Document& doc) {
    PageHead head;
    head.title = doc.meta.title;
    head.description = doc.meta.summary;
    head.url = doc.url;
    head.og_type = "article";
    head.nav_key = doc.url == "about/" || (in.index.about >= 0 && &in.site.documents[in.index.about] == &doc)
                       ? "about"
                       : doc.section;
    head.trail = trail_of(in, doc);
    head.draft = draft_banner(in.site, doc);
    return head;
}

/// The bundle's sections as a contents list; `current` (a document index) is marked.
nlohmann::json contents_of(const PageInputs& in, const Bundle& bundle, int current) {
    nlohmann::json contents = nlohmann::json::array();
    int number = 0;
    for (int s : bundle.sections) {
        const Document& section = in.site.documents[s];
        if (!section.published) continue;
        record_use(in, "list:", section.source_path);
        contents.push_back({{"number", ++number},
                            {"title", section.meta.title},
                            {"href", site_href(in.site, section.url)},
                            {"current", s == current}});
    }
    return contents;
}

nlohmann::json link_to(const PageInputs& in, int document, int number) {
    const Document& doc = in.site.documents[document];
    record_use(in, "list:", doc.source_path);
    nlohmann::json link = {{"title", doc.meta.title}, {"href", site_href(in.site, doc.url)}};
    link["number"] = number > 0 ? nlohmann::json(number) : nlohmann::json(false);
    return link;
}

void add_briefing(const PageInputs& in, const Document& doc, nlohmann::json& context) {
    BriefingPanels split = split_panels(doc.body);
    context["intro_html"] = split.intro.children.empty() ? std::string() : tree_html(split.intro);
    nlohmann::json panels = nlohmann::json::array();
    int number = 0;
    for (const auto& panel : split.panels) {
        Node heading_only = make_node(NodeKind::document);
        heading_only.children.push_back(panel.heading);
        panels.push_back({{"number", ++number},
                          {"title", plain_text(panel.heading)},
                          {"heading_html", tree_html(heading_only)},
                          {"body_html", tree_html(panel.body)}});
    }
    context["panels"] = std::move(panels);
}

void add_bulletin(const PageInputs& in, const Document& doc, nlohmann::json& context) {
    record_use(in, "data:reviews");
    const Review* review = find_review(in.site, doc.meta.review);
    context["review"] = review ? review_facts(in, *review) : nlohmann::json(false);
    context["doc"]["body_html"] = tree_html(doc.body);
}

void add_bundle_index(const PageInputs& in, const Bundle& bundle, const Document& doc, nlohmann::json& context) {
    nlohmann::json contents = contents_of(in, bundle, -1);
    context["contents"] = contents;
    context["has_contents"] = !contents.empty();
    for (int s : bundle.sections)
        if (in.site.documents[s].published) {
            context["first"] = link_to(in, s, 0);
            break;
        }
    context["doc"]["body_html"] = tree_html(doc.body);
}

void add_report_section(const PageInputs& in, const Bundle& bundle, int document, nlohmann::json& context) {
    const Document& doc = in.site.documents[document];
    context["contents"] = contents_of(in, bundle, document);
    std::vector<int> shown;  // published sections in reading order, with their numbers
    std::vector<int> numbers;
    for (size_t k = 0; k < bundle.sections.size(); ++k)
        if (in.site.documents[bundle.sections[k]].published) {
            shown.push_back(bundle.sections[k]);
            numbers.push_back(static_cast<int>(shown.size()));
        }
    context["previous"] = false;
    context["next"] = false;
    for (size_t k = 0; k < shown.size(); ++k) {
        if (shown[k] != document) continue;
        context["number"] = numbers[k];
        if (k > 0)
            context["previous"] = link_to(in, shown[k - 1], numbers[k - 1]);
        else if (bundle.index >= 0)
            context["previous"] = link_to(in, bundle.index, 0);
        if (k + 1 < shown.size()) context["next"] = link_to(in, shown[k + 1], numbers[k + 1]);
    }
    if (bundle.index >= 0) {
        const Document& index = in.site.documents[bundle.index];
        record_use(in, "list:", index.source_path);
        context["report"] = {{"title", index.meta.title}, {"href", site_href(in.site, index.url)}};
    }
    context["doc"]["body_html"] = tree_html(doc.body);
}

}  // namespace

nlohmann::json document_page_context(const PageInputs& in, int document, std::string& template_name) {
    const Document& doc = in.site.documents[document];
    const Bundle* bundle = bundle_of(in.site, doc);
    PageHead head = head_of(in, doc);
    std::string pdf_url = doc.url;
    if (bundle && !doc.bundle_index && bundle->index >= 0) {
        const Document& index = in.site.documents[bundle->index];
        record_use(in, "list:", index.source_path);
        head.context_title = index.meta.title;
        pdf_url = index.url;
    }
    nlohmann::json context = page_context(in, head);
    context["doc"] = {{"title", doc.meta.title},
                      {"summary", doc.meta.summary},
                      {"meta", document_meta(in, doc, pdf_url)}};

    if (bundle && doc.bundle_index) {
        template_name = "bundle-index";
        add_bundle_index(in, *bundle, doc, context);
    } else if (bundle) {
        template_name = "report-section";
        add_report_section(in, *bundle, document, context);
    } else if (doc.type == DocType::briefing) {
        template_name = "briefing";
        add_briefing(in, doc, context);
    } else if (doc.type == DocType::bulletin) {
        template_name = "bulletin";
        add_bulletin(in, doc, context);
    } else {
        template_name = "document";
        context["doc"]["body_html"] = tree_html(doc.body);
    }
    return context;
}

}  // namespace publish
