// Machine-readable site files: Atom feed, sitemap, robots.txt (tinyxml2).
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace publish {

/// Atom feed of published briefings and bulletins, newest first (absolute URLs from base_url).
OutputFile render_atom_feed(const Site& site);

/// sitemap.xml listing every published page URL (site-relative paths as given, made absolute).
OutputFile render_sitemap(const Site& site, const std::vector<std::string>& page_urls);

/// robots.txt allowing everything and naming the sitemap.
OutputFile render_robots(const Site& site);

}  // namespace publish
