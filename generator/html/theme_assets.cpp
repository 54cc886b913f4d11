// The theme's static files (CSS, JS, images), copied to output/static/.
#include "html/site_pages.h"

namespace publish {

namespace {

void collect_static(const FileMap& files, const std::string& theme, std::map<std::string, const std::string*>& out) {
    std::string prefix = "themes/" + theme + "/static/";
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.starts_with(prefix); ++it) {
        std::string rest = it->first.substr(prefix.size());
        if (rest.empty() || rest.back() == '/') continue;
        out["static/" + rest] = &it->second;
    }
}

}  // namespace

std::vector<OutputFile> theme_assets(const FileMap& files, const std::string& theme_name) {
    std::map<std::string, const std::string*> chosen;  // output path → bytes; the named theme wins
    collect_static(files, "default", chosen);
    if (theme_name != "default") collect_static(files, theme_name, chosen);
    std::vector<OutputFile> out;
    for (const auto& [path, bytes] : chosen) out.push_back({path, *bytes});
    return out;
}

}  // namespace publish
