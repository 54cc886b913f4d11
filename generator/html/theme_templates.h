// The parsed templates behind a Theme, and rendering one with a JSON context (html/ internal).
#pragma once

#include <map>
#include <memory>
#include <string>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "diagnostics/diagnostics.h"
#include "html/site_pages.h"

namespace publish {

/// Page templates every theme must have (after falling back to the default theme).
extern const char* const required_page_templates[];

/// One page template, its partials already inlined, parsed once.
struct ParsedTemplate {
    std::string path;  ///< the file it came from, for messages
    /// Rendering only reads the parsed tree (partials are inlined and lambdas never used), so one
    /// parsed template serves every thread; kainjow's render is merely not marked const.
    std::unique_ptr<kainjow::mustache::mustache> parsed;  ///< null if the template is broken
};

struct Theme::Impl {
    std::map<std::string, ParsedTemplate> pages;  ///< "home" → its template
};

/// Turns a JSON value into mustache data: numbers as their text, null as false.
kainjow::mustache::data to_mustache_data(const nlohmann::json& value);

/// Mustache name lookup over layers of data, top layer first (kainjow's own context splits
/// dotted names through a stringstream on every lookup; this one walks them in place).
/// Partials are inlined when a theme loads, so a partial is never looked up in the data.
class LayeredContext : public kainjow::mustache::basic_context<std::string> {
public:
    using data = kainjow::mustache::data;
    void push(const data* layer) override { layers_.push_back(layer); }
    void pop() override { layers_.pop_back(); }
    const data* get(const std::string& name) const override;
    const data* get_partial(const std::string&) const override { return nullptr; }

private:
    std::vector<const data*> layers_;
};

/// Renders page template `name` with the page's `context` over an optional `shared` layer (what
/// every page of a site has in common, converted once); reports a missing or broken template
/// and returns "".
std::string render_template(const Theme& theme, const std::string& name, const nlohmann::json& context,
                            Diagnostics& diagnostics, const kainjow::mustache::data* shared = nullptr);

/// Inlines `{{> name}}` partials into a template's text (name → templates/partials/<name> or
/// templates/<name>); reports unknown and recursive partials at the tag. Exposed for tests.
std::string inline_partials(const std::string& name, const std::map<std::string, std::string>& sources,
                            const std::map<std::string, std::string>& paths, Diagnostics& diagnostics);

}  // namespace publish
