// Freeing each document's tree after its last page.
#include "pipeline/tree_release.h"

namespace publish {

TreeRelease::TreeRelease(Site& site, const std::vector<PageJob>& jobs)
    : site_(site), readers_(std::make_unique<std::atomic<int>[]>(site.documents.size())) {
    for (size_t i = 0; i < site.documents.size(); ++i) readers_[i] = 0;
    for (const auto& job : jobs)
        if (job.document >= 0 && static_cast<size_t>(job.document) < site.documents.size()) ++readers_[job.document];
}

void TreeRelease::done(const PageJob& job) {
    if (job.document < 0 || static_cast<size_t>(job.document) >= site_.documents.size()) return;
    if (--readers_[job.document] == 0) site_.documents[job.document].body = make_node(NodeKind::document);
}

}  // namespace publish
