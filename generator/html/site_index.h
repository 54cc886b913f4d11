// Facts about the whole site that many pages need, computed once per plan (html/ internal).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "html/site_pages.h"

namespace publish {

/// One link of the main navigation.
struct NavItem {
    std::string label;
    std::string url;  ///< site-relative
    std::string key;  ///< what marks it current: a section name, "reviews" or "about"
};

/// Lookups built once from a Site: which documents have pages, lists in display order, terms.
struct SiteIndex {
    std::vector<int> pages;                                ///< documents with their own page, site order
    std::map<std::string, int> by_url;                     ///< url → document with a page
    std::map<std::string, std::vector<int>> section_items; ///< section → its list's entries, newest first
    std::map<std::string, int> section_intro;              ///< section → document at "<section>/", if any
    std::map<std::string, std::vector<int>> by_theme;      ///< theme id → tagged documents, newest first
    std::map<std::string, std::vector<int>> by_priority;   ///< priority id → tagged documents, newest first
    std::map<std::string, std::vector<int>> bulletins_by_review;  ///< review id → bulletins drawing on it
    int home = -1;                 ///< the document at url "" (home page intro)
    int about = -1;                ///< about page, if any
    int accessibility = -1;        ///< accessibility statement, if any
    int latest_annual_report = -1;
    int latest_arrangements = -1;
    std::vector<NavItem> nav;
    /// Template data every page shares ({{language}}, {{site.…}}), converted once.
    kainjow::mustache::data shared;
};

/// Builds the index: documents with pages are the published ones (Document::published).
SiteIndex build_site_index(const Site& site);

/// Newest first: by date (or period when there is no date), then title.
bool newer_first(const Document& a, const Document& b);

}  // namespace publish
