// Loading a theme: find its template files, inline partials, parse each page template once.
#include <algorithm>
#include <regex>
#include <set>

#include "html/theme_templates.h"

namespace publish {

const char* const required_page_templates[] = {"home",    "list",     "document", "briefing",
                                                "bulletin", "report-section", "bundle-index", "taxonomy",
                                                "reviews",  "search",   "404",      nullptr};

namespace {

constexpr std::string_view template_suffix = ".mustache";

std::string templates_dir(const std::string& theme) { return "themes/" + theme + "/templates/"; }

/// Template files of one theme folder: name ("home", "partials/head") → path.
void collect_templates(const FileMap& files, const std::string& theme, std::map<std::string, std::string>& paths) {
    std::string prefix = templates_dir(theme);
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.starts_with(prefix); ++it) {
        const std::string& path = it->first;
        if (!path.ends_with(template_suffix)) continue;
        std::string name = path.substr(prefix.size(), path.size() - prefix.size() - template_suffix.size());
        paths[name] = path;
    }
}

/// Where a kainjow error message ("Unclosed section \"a\" at 12") points in the text.
SourceLocation error_location(const std::string& message, const std::string& text, const std::string& path) {
    static const std::regex at_offset(R"( at (\d+)$)");
    std::smatch match;
    if (std::regex_search(message, match, at_offset)) {
        size_t offset = std::stoul(match[1].str());
        if (offset <= text.size()) return location_of_offset(text, offset, path);
    }
    return {path, 0, 0};
}

std::string trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

std::string expand(const std::string& name, const std::map<std::string, std::string>& sources,
                   const std::map<std::string, std::string>& paths, std::vector<std::string>& stack,
                   Diagnostics& diagnostics) {
    const std::string& text = sources.at(name);
    const std::string& path = paths.at(name);
    stack.push_back(name);
    std::string out;
    size_t pos = 0;
    while (true) {
        size_t open = text.find("{{>", pos);
        if (open == std::string::npos) break;
        size_t close = text.find("}}", open + 3);
        if (close == std::string::npos) break;  // the parser reports the unclosed tag
        out.append(text, pos, open - pos);
        pos = close + 2;
        std::string partial = trim(std::string_view(text).substr(open + 3, close - open - 3));
        std::string found;
        for (const std::string& candidate : {"partials/" + partial, partial})
            if (sources.count(candidate)) {
                found = candidate;
                break;
            }
        SourceLocation where = location_of_offset(text, open, path);
        if (found.empty()) {
            std::vector<std::string> known;
            for (const auto& [n, p] : sources)
                if (n.starts_with("partials/")) known.push_back(n.substr(9));
            diagnostics.error(where, "unknown partial \"" + partial + "\"", did_you_mean(partial, known));
        } else if (std::find(stack.begin(), stack.end(), found) != stack.end()) {
            diagnostics.error(where, "partial \"" + partial + "\" includes itself");
        } else {
            out += expand(found, sources, paths, stack, diagnostics);
        }
    }
    out.append(text, pos, std::string::npos);
    stack.pop_back();
    return out;
}

}  // namespace

std::string inline_partials(const std::string& name, const std::map<std::string, std::string>& sources,
                            const std::map<std::string, std::string>& paths, Diagnostics& diagnostics) {
    std::vector<std::string> stack;
    return expand(name, sources, paths, stack, diagnostics);
}

Theme::Theme(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Theme::~Theme() = default;

std::unique_ptr<Theme> Theme::load(const FileMap& files, const std::string& name, Diagnostics& diagnostics) {
    // 1. Which file provides each template: the named theme's, else the default theme's.
    std::map<std::string, std::string> paths;
    collect_templates(files, "default", paths);
    if (name != "default") collect_templates(files, name, paths);

    // 2. Check every file on its own, so an error names the file it is in.
    std::map<std::string, std::string> sources;
    bool all_valid = true;
    for (const auto& [template_name, path] : paths) {
        const std::string& text = files.at(path);
        sources[template_name] = text;
        kainjow::mustache::mustache check{text};
        if (!check.is_valid()) {
            diagnostics.error(error_location(check.error_message(), text, path),
                              "template syntax error: " + check.error_message());
            all_valid = false;
        }
    }

    // 3. Page templates: partials inlined, parsed once.
    auto impl = std::make_unique<Impl>();
    for (const auto& [template_name, path] : paths) {
        if (template_name.find('/') != std::string::npos) continue;  // partials/…
        ParsedTemplate& page = impl->pages[template_name];
        page.path = path;
        std::string text = inline_partials(template_name, sources, paths, diagnostics);
        auto parsed = std::make_unique<kainjow::mustache::mustache>(text);
        if (parsed->is_valid()) {
            page.parsed = std::move(parsed);
        } else if (all_valid) {  // only a combination of valid files fails: say where it was assembled
            diagnostics.error({path, 0, 0}, "template syntax error after inlining partials: " + parsed->error_message());
        }
    }

    // 4. Every page template the generator uses must exist.
    for (const char* const* required = required_page_templates; *required; ++required)
        if (!impl->pages.count(*required))
            diagnostics.error({templates_dir(name) + *required + std::string(template_suffix), 0, 0},
                              "missing template \"" + std::string(*required) + "\"",
                              "add it to the theme, or remove the theme setting to use the default theme");
    return std::unique_ptr<Theme>(new Theme(std::move(impl)));
}

std::vector<std::string> Theme::template_names() const {
    std::vector<std::string> names;
    for (const auto& [name, page] : impl_->pages) names.push_back(name);
    return names;
}

std::string Theme::template_path(const std::string& template_name) const {
    auto it = impl_->pages.find(template_name);
    return it == impl_->pages.end() ? std::string{} : it->second.path;
}

}  // namespace publish
