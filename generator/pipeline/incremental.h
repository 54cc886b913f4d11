// Rebuilding only what a change touches: the engine behind `publish serve` (no I/O here).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "model/site.h"
#include "pipeline/build.h"

namespace publish {

struct BuildRecord;  // pipeline/build_steps.h
struct CachedTree;   // pipeline/build_steps.h

/// Output path → bytes, shared so that a snapshot of the whole site costs only pointers.
using OutputMap = std::map<std::string, std::shared_ptr<const std::string>>;

/// What one call of IncrementalBuild::update did.
struct UpdateResult {
    bool ok = false;                    ///< false: content errors; the outputs are the last good ones
    bool full = false;                  ///< true if everything was rebuilt
    std::string full_reason;            ///< why ("first build", "data/site.json changed", …)
    std::vector<std::string> rendered;  ///< output paths made again, sorted
    std::vector<std::string> removed;   ///< output paths no longer produced
    double milliseconds = 0;
    std::vector<StepTime> times;        ///< an incremental update's steps, for --verbose and profiling
    size_t reused_trees = 0;            ///< a full build: documents whose tree came from the cache
};

/// Keeps a built site in memory between builds. Each update compares the new site files with
/// the last good ones and redoes only the outputs whose recorded inputs changed: a document's
/// page and PDF, the pages listing it, the search index, feed and sitemap; the documents and
/// pages that read a changed data set; the pages made from a changed template. Anything it
/// cannot follow precisely (site.json, a partial, a theme asset, pdf.json, a file added or
/// removed, a change of URL, publication state or list order) rebuilds everything, through the
/// same steps as build_site, so both give the same bytes.
class IncrementalBuild {
public:
    /// `site_settings` gives build_date, build_timestamp and drafts.
    IncrementalBuild(const Site& site_settings, BuildOptions options);
    ~IncrementalBuild();

    /// Builds from `files` (the site's files with the built-in theme added), comparing them with
    /// the last ones. Diagnostics of this build go to `diagnostics`; on errors the previous
    /// outputs stay as they were.
    UpdateResult update(FileMap files, Diagnostics& diagnostics);

    /// The same for a few files known to have changed: path → new bytes, or nullopt if the file
    /// was removed (what serve's watcher reports; nothing else is compared).
    UpdateResult apply(const std::map<std::string, std::optional<std::string>>& changes, Diagnostics& diagnostics);

    /// The site files of the last update.
    const FileMap& files() const { return files_; }

    /// Every output of the last good build.
    const OutputMap& outputs() const { return outputs_; }

    /// The loaded site of the last build.
    const Site& site() const { return site_; }

private:
    UpdateResult full_build(const std::string& reason, Diagnostics& diagnostics);
    UpdateResult rebuild(const std::vector<std::string>& changed, Diagnostics& diagnostics);
    Site site_;
    BuildOptions options_;
    FileMap files_;
    std::unique_ptr<BuildRecord> record_;  ///< what made site_ (also after a failed build)
    std::unique_ptr<std::map<std::string, CachedTree>> cache_;  ///< trees a full build may reuse
    OutputMap outputs_;
    bool good_ = false;  ///< the state matches files_ (false after an error: the next update is full)
};

}  // namespace publish
