// data/site.json → SiteConfig: required name and base_url, terms, partners and the governance tree.
#include "config/site_config.h"

#include <set>

#include "data/json_fields.h"
#include "data/schema_check.h"
#include "data/period.h"

namespace publish {

namespace {

const std::vector<std::string> known_settings{
    "name",      "short_name", "description", "base_url", "language", "theme",     "logo",
    "year_starts", "contact",  "priorities",  "themes",   "partners", "governance", "$schema"};

/// Reads a list of {id, title, description} with unique ids.
std::vector<Term> read_terms(const DataFile& file, const std::string& key, const std::string& what,
                             JsonFields& root, Diagnostics& diagnostics) {
    std::vector<Term> terms;
    std::set<std::string> ids;
    size_t count = root.array_size(key);
    for (size_t i = 0; i < count; ++i) {
        JsonFields item(file, "/" + key + "/" + std::to_string(i), diagnostics, "a " + what);
        if (!item.ok()) continue;
        Term term{item.text("id", true), item.text("title", true), item.text("description")};
        if (term.id.empty()) continue;
        if (!ids.insert(term.id).second) {
            diagnostics.error(item.where("id"), "duplicate " + what + " id \"" + term.id + "\"");
            continue;
        }
        terms.push_back(std::move(term));
    }
    return terms;
}

/// Reads one governance body and, recursively, its children.
GovernanceBody read_body(const DataFile& file, const std::string& pointer, int depth, Diagnostics& diagnostics) {
    GovernanceBody body;
    JsonFields item(file, pointer, diagnostics, "a governance body");
    if (!item.ok()) return body;
    body.name = item.text("name", true);
    body.chair = item.text("chair");
    body.description = item.text("description");
    size_t count = item.array_size("children");
    if (count > 0 && depth >= 32) {
        diagnostics.error(item.where("children"), "governance is nested too deeply");
        return body;
    }
    for (size_t i = 0; i < count; ++i) {
        body.children.push_back(read_body(file, pointer + "/children/" + std::to_string(i), depth + 1, diagnostics));
    }
    return body;
}

/// "https://example.org/lscp" → base_url "https://example.org/lscp/", base_path "/lscp/".
void set_base_url(SiteConfig& config, const std::string& url, SourceLocation where, Diagnostics& diagnostics) {
    size_t scheme = url.find("://");
    if (scheme == std::string::npos || (url.compare(0, scheme, "https") != 0 && url.compare(0, scheme, "http") != 0) ||
        scheme + 3 >= url.size() || url[scheme + 3] == '/') {
        diagnostics.error(where, "base_url must be a full web address like \"https://example.org/\", not \"" + url + "\"");
        return;
    }
    std::string clean = url.substr(0, url.find_first_of("?#"));
    if (clean.back() != '/') clean += '/';
    config.base_url = clean;
    size_t path = clean.find('/', scheme + 3);
    config.base_path = clean.substr(path);
}

/// Reads every setting of a site.json that is valid JSON.
void read_settings(const DataFile& site, SiteConfig& config, Diagnostics& diagnostics) {
    const DataFile* file = &site;
    JsonFields root(*file, "", diagnostics, file->path);
    if (!root.ok()) return;
    for (const auto& key : root.unknown_keys(known_settings)) {
        diagnostics.warning(root.where(key), "unknown setting \"" + key + "\"", did_you_mean(key, known_settings));
    }
    config.name = root.text("name", true);
    config.short_name = root.text("short_name");
    config.description = root.text("description");
    std::string url = root.text("base_url", true);
    if (!url.empty()) set_base_url(config, url, root.where("base_url"), diagnostics);
    if (std::string language = root.text("language"); !language.empty()) config.language = language;
    if (std::string theme = root.text("theme"); !theme.empty()) config.theme = theme;
    config.logo = root.text("logo");
    if (std::string starts = root.text("year_starts"); !starts.empty()) {
        if (valid_month_day(starts)) {
            config.year_starts = starts;
        } else {
            diagnostics.error(root.where("year_starts"),
                              "year_starts must be a month and day MM-DD like \"04-01\", not \"" + starts + "\"");
        }
    }
    if (root.is_object("contact")) {
        JsonFields contact(*file, "/contact", diagnostics, "contact");
        config.email = contact.text("email");
        config.phone = contact.text("phone");
        config.address = contact.text("address");
    }
    config.priorities = read_terms(*file, "priorities", "priority", root, diagnostics);
    config.themes = read_terms(*file, "themes", "theme", root, diagnostics);
    size_t partners = root.array_size("partners");
    for (size_t i = 0; i < partners; ++i) {
        JsonFields item(*file, "/partners/" + std::to_string(i), diagnostics, "a partner");
        if (!item.ok()) continue;
        Partner partner{item.text("name", true), item.choice("role", {"statutory", "relevant", "other"}, true,
                                                             "partner role")};
        config.partners.push_back(std::move(partner));
    }
    if (root.is_object("governance")) config.governance = read_body(*file, "/governance", 0, diagnostics);
}

}  // namespace

SiteConfig read_site_config(const DataStore& store, Diagnostics& diagnostics) {
    SiteConfig config;
    const DataFile* file = store.file("site");
    if (file == nullptr) {
        diagnostics.error({"data/site.json", 0, 0}, "missing site settings file",
                          "create data/site.json with at least { \"name\": \"…\", \"base_url\": \"https://…/\" }");
        return config;
    }
    if (!file->valid) return config;  // the syntax error is already reported
    Diagnostics said;  // what the schema check already reported is not said again
    read_settings(*file, config, said);
    add_unless_reported(*file, said, diagnostics);
    return config;
}

}  // namespace publish
