// Contexts of the pages that list or find documents.
#include "html/listing_pages.h"

#include <algorithm>

#include "html/review_facts.h"
#include "html/text_format.h"

namespace publish {

namespace {

const Document* document_at(const PageInputs& in, int document) {
    return document >= 0 && document < static_cast<int>(in.site.documents.size()) ? &in.site.documents[document]
                                                                                    : nullptr;
}

/// Intro text of a generated page from the document written for it (or empty).
void add_intro(const PageInputs& in, const Document* intro, nlohmann::json& context) {
    if (intro) record_use(in, "doc:", intro->source_path);
    context["intro_html"] = intro ? tree_html(intro->body) : std::string();
}

nlohmann::json items_of(const PageInputs& in, const std::map<std::string, std::vector<int>>& lists,
                        const std::string& key, size_t limit = 0) {
    auto found = lists.find(key);
    return found == lists.end() ? nlohmann::json::array() : document_items(in, found->second, limit);
}

nlohmann::json report_link(const PageInputs& in, int document) {
    const Document* doc = document_at(in, document);
    if (!doc) return false;
    record_use(in, "list:", doc->source_path);
    return {{"title", doc->meta.title}, {"href", site_href(in.site, doc->url)}, {"summary", doc->meta.summary}};
}

nlohmann::json term_list(const PageInputs& in, const std::vector<Term>& terms, const std::string& folder) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& term : terms)
        list.push_back({{"title", term.title},
                        {"description", term.description},
                        {"href", site_href(in.site, folder + "/" + term.id + "/")}});
    return list;
}

const Term* find_term(const std::vector<Term>& terms, const std::string& id) {
    for (const auto& term : terms)
        if (term.id == id) return &term;
    return nullptr;
}

}  // namespace

nlohmann::json home_context(const PageInputs& in, const PageJob& job) {
    const SiteConfig& config = in.site.config;
    const Document* intro = document_at(in, job.document);
    PageHead head;
    head.title = intro && !intro->meta.title.empty() ? intro->meta.title : config.name;
    head.description = intro && !intro->meta.summary.empty() ? intro->meta.summary : config.description;
    head.url = "";
    if (intro) head.draft = draft_banner(in.site, *intro);
    nlohmann::json context = page_context(in, head);
    add_intro(in, intro, context);
    context["description"] = config.description;
    context["priorities"] = term_list(in, config.priorities, "priorities");
    context["has_priorities"] = !config.priorities.empty();
    context["briefings"] = items_of(in, in.index.section_items, "briefings", 3);
    context["bulletins"] = items_of(in, in.index.section_items, "bulletins", 3);
    context["has_briefings"] = !context["briefings"].empty();
    context["has_bulletins"] = !context["bulletins"].empty();
    if (context["has_briefings"].get<bool>()) context["briefings_href"] = site_href(in.site, "briefings/");
    if (context["has_bulletins"].get<bool>()) context["bulletins_href"] = site_href(in.site, "bulletins/");
    context["annual_report"] = report_link(in, in.index.latest_annual_report);
    context["arrangements"] = report_link(in, in.index.latest_arrangements);
    context["has_reports"] = in.index.latest_annual_report >= 0 || in.index.latest_arrangements >= 0;
    return context;
}

nlohmann::json section_list_context(const PageInputs& in, const PageJob& job) {
    const Document* intro = document_at(in, job.document);
    PageHead head;
    head.title = intro ? intro->meta.title : section_title(job.key);
    head.description = intro ? intro->meta.summary : std::string();
    head.url = job.key + "/";
    head.nav_key = job.key;
    if (intro) head.draft = draft_banner(in.site, *intro);
    nlohmann::json context = page_context(in, head);
    add_intro(in, intro, context);
    context["items"] = items_of(in, in.index.section_items, job.key);
    context["has_items"] = !context["items"].empty();
    return context;
}

nlohmann::json term_context(const PageInputs& in, const PageJob& job) {
    bool is_theme = job.kind == PageJob::Kind::theme;
    const auto& terms = is_theme ? in.site.config.themes : in.site.config.priorities;
    const Term* term = find_term(terms, job.key);
    PageHead head;
    head.title = term ? term->title : job.key;
    head.description = term && !term->description.empty()
                           ? term->description
                           : "Publications of the partnership about " + head.title + ".";
    head.url = (is_theme ? "themes/" : "priorities/") + job.key + "/";
    nlohmann::json context = page_context(in, head);
    context["kind"] = is_theme ? "Theme" : "Priority";
    context["term_description"] = term ? term->description : std::string();
    context["items"] = items_of(in, is_theme ? in.index.by_theme : in.index.by_priority, job.key);
    context["has_items"] = !context["items"].empty();
    nlohmann::json reviews = nlohmann::json::array();
    if (is_theme) record_use(in, "data:reviews");
    if (is_theme && in.site.data.reviews)
        for (const auto& review : *in.site.data.reviews)
            if (std::find(review.themes.begin(), review.themes.end(), job.key) != review.themes.end())
                reviews.push_back({{"title", review.title},
                                   {"type_label", review_type_label(review.type)},
                                   {"status_label", status_label(review.status)},
                                   {"href", site_href(in.site, "reviews/#review-" + review.id)}});
    context["has_reviews"] = !reviews.empty();
    context["reviews"] = std::move(reviews);
    return context;
}

nlohmann::json reviews_context(const PageInputs& in, const PageJob& job) {
    const Document* intro = document_at(in, job.document);
    PageHead head;
    head.title = intro ? intro->meta.title : "Reviews";
    head.description = intro && !intro->meta.summary.empty()
                           ? intro->meta.summary
                           : "Reviews the partnership runs or contributes to, their status and what we learned.";
    head.url = "reviews/";
    head.nav_key = "reviews";
    nlohmann::json context = page_context(in, head);
    add_intro(in, intro, context);
    std::vector<const Review*> reviews;
    record_use(in, "data:reviews");
    if (in.site.data.reviews)
        for (const auto& review : *in.site.data.reviews) reviews.push_back(&review);
    context["groups"] = review_groups(in, reviews);
    context["has_reviews"] = !reviews.empty();
    return context;
}

nlohmann::json search_context(const PageInputs& in, const PageJob& job) {
    PageHead head;
    head.title = "Search";
    head.description = "Search the partnership's briefings, bulletins, reports and pages.";
    head.url = "search/";
    nlohmann::json context = page_context(in, head);
    context["is_search"] = true;
    context["themes"] = term_list(in, in.site.config.themes, "themes");
    context["has_themes"] = !in.site.config.themes.empty();
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& [section, items] : in.index.section_items)
        sections.push_back({{"title", section_title(section)}, {"href", site_href(in.site, section + "/")}});
    context["sections"] = std::move(sections);
    return context;
}

nlohmann::json not_found_context(const PageInputs& in, const PageJob& job) {
    PageHead head;
    head.title = "Page not found";
    head.description = "The page you asked for is not on this site.";
    head.url = "404.html";
    nlohmann::json context = page_context(in, head);
    context["page"]["noindex"] = true;
    return context;
}

}  // namespace publish
