// Freeing each document's tree as soon as the last page that shows it is rendered.
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include "html/site_pages.h"
#include "model/site.h"

namespace publish {

/// Counts, per document, the page jobs that read its tree (its own page, and a home or section
/// page it introduces); `done(job)` after a job is rendered frees the tree of its document once
/// no other job needs it. The trees are the largest part of a build's memory and the pages step
/// is their last reader, so they go while the pages take their place. Safe to call from several
/// threads at once: each tree is freed by exactly one call and no job reads another's tree.
/// Anything that reads `Document::body` (the search index, the PDFs) must run before the pages.
class TreeRelease {
public:
    TreeRelease(Site& site, const std::vector<PageJob>& jobs);

    /// Records that `job` is rendered; frees its document's tree if it was the last to read it.
    void done(const PageJob& job);

private:
    Site& site_;
    std::unique_ptr<std::atomic<int>[]> readers_;  ///< per document: jobs not yet done
};

}  // namespace publish
