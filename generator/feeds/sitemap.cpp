// sitemap.xml and robots.txt: every page's absolute URL, and where to find them.
#include <algorithm>
#include <map>

#include "feeds/feeds.h"
#include "feeds/xml_text.h"

namespace publish {

std::string absolute_url(const std::string& base_url, const std::string& url) {
    if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) return url;
    std::string_view rest = url;
    while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    return base_url + std::string(rest);
}

OutputFile render_sitemap(const Site& site, const std::vector<SitemapEntry>& pages) {
    // Absolute URL → lastmod; a URL given twice keeps its latest lastmod.
    std::map<std::string, std::string> urls;
    for (const SitemapEntry& page : pages) {
        std::string& lastmod = urls[absolute_url(site.config.base_url, page.url)];
        if (is_iso_date(page.lastmod) && page.lastmod > lastmod) lastmod = page.lastmod;
    }

    tinyxml2::XMLDocument xml;
    xml.InsertEndChild(xml.NewDeclaration());
    tinyxml2::XMLElement* urlset = xml.NewElement("urlset");
    xml.InsertEndChild(urlset);
    urlset->SetAttribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
    for (const auto& [loc, lastmod] : urls) {
        tinyxml2::XMLElement* url = urlset->InsertNewChildElement("url");
        add_text_element(url, "loc", loc);
        if (!lastmod.empty()) add_text_element(url, "lastmod", lastmod);
    }
    return {"sitemap.xml", print_xml(xml)};
}

OutputFile render_sitemap(const Site& site, const std::vector<std::string>& page_urls) {
    std::vector<SitemapEntry> pages;
    pages.reserve(page_urls.size());
    for (const std::string& url : page_urls) pages.push_back({url, ""});
    return render_sitemap(site, pages);
}

std::vector<SitemapEntry> document_sitemap_entries(const Site& site) {
    std::vector<SitemapEntry> pages;
    for (const Document& doc : site.documents) {
        if (!doc.published) continue;
        const std::string& lastmod = is_iso_date(doc.meta.updated) ? doc.meta.updated : doc.meta.date;
        pages.push_back({doc.url, is_iso_date(lastmod) ? lastmod : ""});
    }
    return pages;
}

OutputFile render_robots(const Site& site) {
    return {"robots.txt", "User-agent: *\nAllow: /\nSitemap: " +
                              absolute_url(site.config.base_url, "sitemap.xml") + "\n"};
}

}  // namespace publish
