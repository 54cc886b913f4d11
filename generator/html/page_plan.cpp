// Which pages the site has and where each one goes.
#include <set>

#include "html/site_index.h"

namespace publish {

namespace {

PageJob make_job(PageJob::Kind kind, std::string url, int document, std::string key,
                 const std::shared_ptr<const SiteIndex>& index) {
    PageJob job;
    job.kind = kind;
    job.output_path = url + "index.html";
    job.url = std::move(url);
    job.document = document;
    job.key = std::move(key);
    job.index = index;
    return job;
}

bool has_reviews(const Site& site) { return site.data.reviews && !site.data.reviews->empty(); }

}  // namespace

std::vector<PageJob> plan_pages(const Site& site) {
    auto index = std::make_shared<const SiteIndex>(build_site_index(site));
    std::vector<PageJob> jobs;
    std::set<int> shown_elsewhere;  // documents whose text is the intro of a generated page

    jobs.push_back(make_job(PageJob::Kind::home, "", index->home, "", index));
    shown_elsewhere.insert(index->home);

    for (const auto& [section, items] : index->section_items) {
        auto intro = index->section_intro.find(section);
        int document = intro == index->section_intro.end() ? -1 : intro->second;
        jobs.push_back(make_job(PageJob::Kind::section_list, section + "/", document, section, index));
        shown_elsewhere.insert(document);
    }

    int reviews_intro = -1;
    if (has_reviews(site)) {
        auto found = index->by_url.find("reviews/");
        if (found != index->by_url.end()) reviews_intro = found->second;
        shown_elsewhere.insert(reviews_intro);
    }

    for (int i : index->pages) {
        if (shown_elsewhere.count(i)) continue;
        const Document& doc = site.documents[i];
        bool section = doc.bundle >= 0 && !doc.bundle_index;
        jobs.push_back(make_job(section ? PageJob::Kind::bundle_section : PageJob::Kind::document, doc.url, i,
                                doc.section, index));
    }

    for (const auto& term : site.config.themes)
        jobs.push_back(make_job(PageJob::Kind::theme, "themes/" + term.id + "/", -1, term.id, index));
    for (const auto& term : site.config.priorities)
        jobs.push_back(make_job(PageJob::Kind::priority, "priorities/" + term.id + "/", -1, term.id, index));
    if (has_reviews(site)) jobs.push_back(make_job(PageJob::Kind::reviews, "reviews/", reviews_intro, "reviews", index));
    jobs.push_back(make_job(PageJob::Kind::search, "search/", -1, "search", index));

    PageJob not_found = make_job(PageJob::Kind::not_found, "", -1, "", index);
    not_found.output_path = not_found.url = "404.html";
    jobs.push_back(std::move(not_found));
    return jobs;
}

}  // namespace publish
