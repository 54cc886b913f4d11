// What a shortcode renderer receives: its call, the site and data, and where to report errors.
#pragma once

#include <string>
#include <string_view>

#include "data/data_store.h"
#include "shortcodes/shortcodes.h"

namespace publish {

/// One call being rendered, with helpers for arguments, data files and errors.
struct ShortcodeInput {
    const ShortcodeCall& call;        ///< the call as written, with its arguments and place
    const ShortcodeContext& context;  ///< site settings, typed data and the raw data store
    Diagnostics& diagnostics;         ///< where the renderer reports problems (use error())

    /// The value of argument `key` ("" for the positional one), or "" if not given.
    std::string arg(std::string_view key) const;
    /// True if argument `key` was given.
    bool has(std::string_view key) const;
    /// True if data/<name>.json exists; if not, reports "data/<name>.json is needed by <shortcode>".
    /// (A file that exists but is invalid JSON counts as present: its error is already reported.)
    bool need_file(const std::string& name) const;
    /// The file data set `name` was read from (data/<name>.json or a CSV file), for messages.
    std::string data_source(const std::string& name) const;
    /// Records that the call read `key` (ShortcodeContext::reads), e.g. "data:funding".
    void record(std::string key) const {
        if (context.reads) context.reads->insert(std::move(key));
    }
    /// Reports an error at the call.
    void error(std::string message, std::string hint = {}) const;
    /// The site's typed data.
    const SiteData& data() const { return context.site.data; }
};

}  // namespace publish
