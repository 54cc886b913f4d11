// Machine-readable site files: Atom feed, sitemap, robots.txt (tinyxml2).
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace publish {

/// Most entries an Atom feed lists.
inline constexpr size_t max_feed_entries = 50;

/// Atom feed of published briefings and bulletins, newest first (absolute URLs from base_url).
OutputFile render_atom_feed(const Site& site);

/// One page for sitemap.xml: its site-relative URL ("briefings/safer-sleep/", "" for home).
struct SitemapEntry {
    std::string url;
    std::string lastmod;  ///< YYYY-MM-DD, or "" to leave <lastmod> out
};

/// sitemap.xml listing every given page URL made absolute with base_url, sorted, no repeats.
OutputFile render_sitemap(const Site& site, const std::vector<SitemapEntry>& pages);

/// sitemap.xml for plain URLs (no <lastmod>).
OutputFile render_sitemap(const Site& site, const std::vector<std::string>& page_urls);

/// Sitemap entries for every published document, with lastmod from `updated` or else `date`.
std::vector<SitemapEntry> document_sitemap_entries(const Site& site);

/// robots.txt allowing everything and naming the sitemap.
OutputFile render_robots(const Site& site);

/// base_url + a site-relative URL (a leading '/' is dropped; absolute http(s) URLs pass through).
std::string absolute_url(const std::string& base_url, const std::string& url);

}  // namespace publish
