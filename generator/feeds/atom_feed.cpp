// feed.xml: an Atom 1.0 feed of the newest published briefings and bulletins.
#include <algorithm>

#include "feeds/feeds.h"
#include "feeds/xml_text.h"

namespace publish {
namespace {

/// Documents that belong in the feed: published briefings and bulletins.
bool in_feed(const Document& doc) {
    return doc.published && (doc.type == DocType::briefing || doc.type == DocType::bulletin);
}

/// The date an entry is sorted by: its `date`, or `updated` if it has no date.
const std::string& sort_date(const Document& doc) {
    return doc.meta.date.empty() ? doc.meta.updated : doc.meta.date;
}

/// Entries newest first by date, then by title, then by URL so the order never depends on input.
std::vector<const Document*> feed_documents(const Site& site) {
    std::vector<const Document*> docs;
    for (const Document& doc : site.documents)
        if (in_feed(doc)) docs.push_back(&doc);
    std::sort(docs.begin(), docs.end(), [](const Document* a, const Document* b) {
        if (sort_date(*a) != sort_date(*b)) return sort_date(*a) > sort_date(*b);
        if (a->meta.title != b->meta.title) return a->meta.title < b->meta.title;
        return a->url < b->url;
    });
    if (docs.size() > max_feed_entries) docs.resize(max_feed_entries);
    return docs;
}

/// RFC 3339 time an entry was last changed: `updated`, else `date`, else `fallback`.
std::string entry_updated(const Document& doc, const std::string& fallback) {
    if (is_iso_date(doc.meta.updated)) return date_to_rfc3339(doc.meta.updated);
    if (is_iso_date(doc.meta.date)) return date_to_rfc3339(doc.meta.date);
    return fallback;
}

/// The display title of a theme id, or the id itself if the site does not define it.
std::string theme_title(const SiteConfig& config, const std::string& id) {
    for (const Term& t : config.themes)
        if (t.id == id) return t.title;
    return id;
}

void add_link(tinyxml2::XMLElement* parent, const char* rel, const char* type,
              const std::string& href) {
    tinyxml2::XMLElement* link = parent->InsertNewChildElement("link");
    link->SetAttribute("rel", rel);
    if (type) link->SetAttribute("type", type);
    link->SetAttribute("href", xml_safe_text(href).c_str());
}

void add_entry(tinyxml2::XMLElement* feed, const Site& site, const Document& doc,
               const std::string& fallback_time) {
    const std::string url = absolute_url(site.config.base_url, doc.url);
    tinyxml2::XMLElement* entry = feed->InsertNewChildElement("entry");
    add_text_element(entry, "id", url);
    add_text_element(entry, "title", doc.meta.title);
    add_text_element(entry, "updated", entry_updated(doc, fallback_time));
    if (is_iso_date(doc.meta.date)) add_text_element(entry, "published", date_to_rfc3339(doc.meta.date));
    add_link(entry, "alternate", "text/html", url);
    if (!doc.meta.summary.empty()) add_text_element(entry, "summary", doc.meta.summary);
    for (const std::string& theme : doc.meta.themes) {
        tinyxml2::XMLElement* category = entry->InsertNewChildElement("category");
        category->SetAttribute("term", xml_safe_text(theme).c_str());
        category->SetAttribute("label", xml_safe_text(theme_title(site.config, theme)).c_str());
    }
}

}  // namespace

OutputFile render_atom_feed(const Site& site) {
    const std::vector<const Document*> docs = feed_documents(site);
    // The feed changed when the site was built; without a build time, when its newest entry did.
    std::string feed_updated = site.build_timestamp;
    if (feed_updated.empty())
        feed_updated = docs.empty() ? "1970-01-01T00:00:00Z" : entry_updated(*docs.front(), "1970-01-01T00:00:00Z");

    tinyxml2::XMLDocument xml;
    xml.InsertEndChild(xml.NewDeclaration());
    tinyxml2::XMLElement* feed = xml.NewElement("feed");
    xml.InsertEndChild(feed);
    feed->SetAttribute("xmlns", "http://www.w3.org/2005/Atom");
    if (!site.config.language.empty()) feed->SetAttribute("xml:lang", xml_safe_text(site.config.language).c_str());

    const std::string home = absolute_url(site.config.base_url, "");
    add_text_element(feed, "id", home);
    add_text_element(feed, "title", site.config.name);
    if (!site.config.description.empty()) add_text_element(feed, "subtitle", site.config.description);
    add_text_element(feed, "updated", feed_updated);
    add_link(feed, "self", "application/atom+xml", absolute_url(site.config.base_url, "feed.xml"));
    add_link(feed, "alternate", "text/html", home);
    add_text_element(feed->InsertNewChildElement("author"), "name", site.config.name);
    for (const Document* doc : docs) add_entry(feed, site, *doc, feed_updated);

    return {"feed.xml", print_xml(xml)};
}

}  // namespace publish
