// Lookups built once per site: documents with pages, section lists, terms, navigation.
#include "html/site_index.h"

#include <algorithm>

#include "html/page_context.h"
#include "html/text_format.h"
#include "html/theme_templates.h"

namespace publish {

namespace {

const std::string& sort_date(const Document& doc) { return doc.meta.date.empty() ? doc.meta.period : doc.meta.date; }

/// A document listed on its section's page: not a bundle section, not the section's own intro.
bool is_list_entry(const Document& doc) {
    if (doc.url.empty() || doc.section.empty()) return false;
    if (doc.bundle >= 0 && !doc.bundle_index) return false;
    return doc.url != doc.section + "/";
}

bool is_long_document(const Document& doc) { return doc.bundle < 0 || doc.bundle_index; }

/// The newest of `candidate` and `current` (-1 = none yet).
int newer(const Site& site, int current, int candidate) {
    if (current < 0) return candidate;
    return newer_first(site.documents[candidate], site.documents[current]) ? candidate : current;
}

void sort_newest_first(const Site& site, std::vector<int>& list) {
    std::stable_sort(list.begin(), list.end(),
                     [&](int a, int b) { return newer_first(site.documents[a], site.documents[b]); });
}

std::vector<NavItem> build_nav(const Site& site, const SiteIndex& index) {
    std::vector<NavItem> nav;
    auto has_list = [&](const std::string& section) { return index.section_items.count(section) > 0; };
    if (has_list("briefings")) nav.push_back({"Briefings", "briefings/", "briefings"});
    if (has_list("bulletins")) nav.push_back({"Bulletins", "bulletins/", "bulletins"});
    if (index.latest_annual_report >= 0)
        nav.push_back({"Annual report", site.documents[index.latest_annual_report].url, "annual-reports"});
    if (index.latest_arrangements >= 0)
        nav.push_back({"Arrangements", site.documents[index.latest_arrangements].url, "arrangements"});
    if (site.data.reviews && !site.data.reviews->empty()) nav.push_back({"Reviews", "reviews/", "reviews"});
    if (index.about >= 0) nav.push_back({"About", site.documents[index.about].url, "about"});
    return nav;
}

}  // namespace

bool newer_first(const Document& a, const Document& b) {
    const std::string& da = sort_date(a);
    const std::string& db = sort_date(b);
    if (da != db) return da > db;
    if (a.meta.title != b.meta.title) return a.meta.title < b.meta.title;
    return a.source_path < b.source_path;
}

SiteIndex build_site_index(const Site& site) {
    SiteIndex index;
    for (int i = 0; i < static_cast<int>(site.documents.size()); ++i) {
        const Document& doc = site.documents[i];
        if (!doc.published) continue;
        index.pages.push_back(i);
        index.by_url.emplace(doc.url, i);
        if (doc.url.empty()) index.home = i;
        if (!doc.section.empty() && doc.url == doc.section + "/") index.section_intro[doc.section] = i;
        if (is_list_entry(doc)) index.section_items[doc.section].push_back(i);
        if (doc.url == "about/" || (doc.section.empty() && doc.slug == "about") ||
            (doc.section == "about" && doc.url == "about/"))
            index.about = i;
        if (doc.type == DocType::page && doc.slug.starts_with("accessibility") && index.accessibility < 0)
            index.accessibility = i;
        if (!doc.url.empty()) {
            for (const auto& theme : doc.meta.themes) index.by_theme[theme].push_back(i);
            for (const auto& priority : doc.meta.priorities) index.by_priority[priority].push_back(i);
        }
        if (doc.type == DocType::bulletin && !doc.meta.review.empty())
            index.bulletins_by_review[doc.meta.review].push_back(i);
        if (doc.type == DocType::annual_report && is_long_document(doc))
            index.latest_annual_report = newer(site, index.latest_annual_report, i);
        if (doc.type == DocType::arrangements && is_long_document(doc))
            index.latest_arrangements = newer(site, index.latest_arrangements, i);
    }
    for (auto& [section, list] : index.section_items) sort_newest_first(site, list);
    for (auto& [id, list] : index.by_theme) sort_newest_first(site, list);
    for (auto& [id, list] : index.by_priority) sort_newest_first(site, list);
    for (auto& [id, list] : index.bulletins_by_review) sort_newest_first(site, list);
    index.nav = build_nav(site, index);
    index.shared = to_mustache_data(shared_context(site, index));
    return index;
}

}  // namespace publish
