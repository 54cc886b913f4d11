// The context every page shares: head, navigation, breadcrumbs, footer, and common pieces.
#include "html/page_context.h"

#include "html/render_tree.h"
#include "html/text_format.h"

namespace publish {

namespace {

const Term* find_term(const std::vector<Term>& terms, const std::string& id) {
    for (const auto& term : terms)
        if (term.id == id) return &term;
    return nullptr;
}

nlohmann::json site_json(const Site& site, const SiteIndex& index) {
    const SiteConfig& config = site.config;
    nlohmann::json out = {
        {"name", config.name},
        {"short_name", config.short_name.empty() ? config.name : config.short_name},
        {"description", config.description},
        {"base", config.base_path},
        {"home_href", config.base_path},
        {"feed_href", site_href(site, "feed.xml")},
        {"search_href", site_href(site, "search/")},
        {"search_index_href", site_href(site, "search-index.json")},
        {"css_href", site_href(site, "static/css/site.css")},
        {"js_href", site_href(site, "static/js/search.js")},
        {"favicon_href", site_href(site, "static/favicon.svg")},
        {"email", config.email},
        {"phone", config.phone},
        {"address", config.address},
        {"build_year", site.build_date.substr(0, 4)},
    };
    if (index.accessibility >= 0)
        out["accessibility_href"] = site_href(site, site.documents[index.accessibility].url);
    if (index.about >= 0) out["about_href"] = site_href(site, site.documents[index.about].url);
    return out;
}

}  // namespace

std::string site_href(const Site& site, const std::string& url) {
    const std::string& base = site.config.base_path.empty() ? std::string("/") : site.config.base_path;
    return base + url;
}

nlohmann::json shared_context(const Site& site, const SiteIndex& index) {
    return {{"language", site.config.language.empty() ? "en-GB" : site.config.language},
            {"site", site_json(site, index)}};
}

nlohmann::json page_context(const PageInputs& in, const PageHead& head) {
    const SiteConfig& config = in.site.config;
    nlohmann::json context;

    bool is_home = head.url.empty();
    std::string head_title = head.context_title.empty() ? head.title : head.title + " – " + head.context_title;
    std::string description = head.description.empty() ? config.description : head.description;
    context["page"] = {
        {"title", head.title},
        {"head_title", is_home || head.title == config.name ? config.name : head_title + " – " + config.name},
        {"description", description},
        {"href", site_href(in.site, head.url)},
        {"canonical", config.base_url + head.url},
        {"og_type", head.og_type},
        {"noindex", !head.draft.empty()},
    };

    nlohmann::json nav = nlohmann::json::array();
    for (const auto& item : in.index.nav)
        nav.push_back({{"label", item.label},
                       {"href", site_href(in.site, item.url)},
                       {"current", item.url == head.url                               ? nlohmann::json("page")
                                   : !head.nav_key.empty() && item.key == head.nav_key ? nlohmann::json("true")
                                                                                        : nlohmann::json(false)}});
    context["nav"] = std::move(nav);

    nlohmann::json crumbs = nlohmann::json::array();
    if (!is_home) {
        crumbs.push_back({{"label", "Home"}, {"href", site_href(in.site, "")}});
        for (const auto& crumb : head.trail)
            crumbs.push_back({{"label", crumb.label}, {"href", site_href(in.site, crumb.url)}});
        crumbs.push_back({{"label", head.title}, {"href", false}});
    }
    context["breadcrumbs"] = std::move(crumbs);
    context["has_breadcrumbs"] = !is_home;
    context["draft"] = head.draft.empty() ? nlohmann::json(false) : nlohmann::json(head.draft);
    return context;
}

nlohmann::json date_json(const std::string& iso_date) {
    if (iso_date.empty()) return nullptr;
    return {{"iso", iso_date}, {"text", format_date(iso_date)}};
}

nlohmann::json document_item(const PageInputs& in, int document) {
    const Document& doc = in.site.documents[document];
    record_use(in, "list:", doc.source_path);
    return {{"title", doc.meta.title},
            {"href", site_href(in.site, doc.url)},
            {"summary", doc.meta.summary},
            {"date", date_json(doc.meta.date)},
            {"period", doc.meta.period},
            {"type", doc_type_label(doc.type)},
            {"draft", !draft_banner(in.site, doc).empty()}};
}

nlohmann::json document_items(const PageInputs& in, const std::vector<int>& documents, size_t limit) {
    nlohmann::json items = nlohmann::json::array();
    for (int i : documents) {
        if (limit && items.size() >= limit) break;
        items.push_back(document_item(in, i));
    }
    return items;
}

nlohmann::json term_links(const PageInputs& in, const std::vector<std::string>& ids, const std::string& folder) {
    const auto& terms = folder == "themes" ? in.site.config.themes : in.site.config.priorities;
    nlohmann::json links = nlohmann::json::array();
    for (const auto& id : ids) {
        const Term* term = find_term(terms, id);
        if (term)
            links.push_back({{"title", term->title}, {"href", site_href(in.site, folder + "/" + id + "/")}});
        else
            links.push_back({{"title", id}, {"href", false}});
    }
    return links;
}

nlohmann::json document_meta(const PageInputs& in, const Document& doc, const std::string& pdf_url) {
    nlohmann::json meta = {
        {"type", doc_type_label(doc.type)},
        {"date", date_json(doc.meta.date)},
        {"updated", date_json(doc.meta.updated)},
        {"review_date", date_json(doc.meta.review_date)},
        {"period", doc.meta.period},
        {"themes", term_links(in, doc.meta.themes, "themes")},
        {"priorities", term_links(in, doc.meta.priorities, "priorities")},
    };
    meta["has_terms"] = !meta["themes"].empty() || !meta["priorities"].empty();
    meta["has_dates"] = !doc.meta.date.empty() || !doc.meta.updated.empty() || !doc.meta.review_date.empty();
    record_use(in, "pdf:", pdf_url);
    auto pdf = in.pdfs.find(pdf_url);
    meta["pdf"] = pdf == in.pdfs.end() ? nlohmann::json(false)
                                       : nlohmann::json{{"href", site_href(in.site, pdf->second.url)},
                                                        {"label", pdf_label(pdf->second)}};
    return meta;
}

std::string draft_banner(const Site& site, const Document& doc) {
    if (!site.drafts) return {};
    const Document* index = doc.bundle >= 0 && !doc.bundle_index && doc.bundle < static_cast<int>(site.bundles.size()) &&
                                    site.bundles[doc.bundle].index >= 0
                                ? &site.documents[site.bundles[doc.bundle].index]
                                : nullptr;
    if (doc.meta.draft || (index && index->meta.draft)) return "Draft: this page is not published yet.";
    for (const FrontMatter* meta : {&doc.meta, index ? &index->meta : nullptr})
        if (meta && !meta->publish_after.empty() && meta->publish_after > site.build_date)
            return "Draft: not published before " + format_date(meta->publish_after) + ".";
    return {};
}

std::string tree_html(const Node& tree) {
    HtmlOptions options;
    options.heading_offset = 0;
    return render_html(tree, options);
}

}  // namespace publish
