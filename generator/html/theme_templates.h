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

/// Renders page template `name` with `context`; reports a missing or broken template (once
/// per call) and returns "".
std::string render_template(const Theme& theme, const std::string& name, const nlohmann::json& context,
                            Diagnostics& diagnostics);

/// Inlines `{{> name}}` partials into a template's text (name → templates/partials/<name> or
/// templates/<name>); reports unknown and recursive partials at the tag. Exposed for tests.
std::string inline_partials(const std::string& name, const std::map<std::string, std::string>& sources,
                            const std::map<std::string, std::string>& paths, Diagnostics& diagnostics);

}  // namespace publish
