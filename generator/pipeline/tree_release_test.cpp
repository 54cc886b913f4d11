#include <catch2/catch.hpp>

#include "pipeline/tree_release.h"

using namespace publish;

namespace {

Site site_of(int documents) {
    Site site;
    for (int i = 0; i < documents; ++i) {
        Document doc;
        doc.body = make_node(NodeKind::document);
        doc.body.children.push_back(make_node(NodeKind::paragraph));
        doc.body.children.back().children.push_back(make_node(NodeKind::text, "document " + std::to_string(i)));
        site.documents.push_back(std::move(doc));
    }
    return site;
}

PageJob job_for(PageJob::Kind kind, int document) {
    PageJob job;
    job.kind = kind;
    job.document = document;
    return job;
}

}  // namespace

TEST_CASE("a document's tree is freed after the last page that reads it, not before") {
    Site site = site_of(3);
    std::vector<PageJob> jobs{job_for(PageJob::Kind::home, 0), job_for(PageJob::Kind::document, 0),
                              job_for(PageJob::Kind::document, 1), job_for(PageJob::Kind::search, -1)};
    TreeRelease release(site, jobs);

    release.done(jobs[2]);
    CHECK(site.documents[1].body.children.empty());
    CHECK(site.documents[1].body.kind == NodeKind::document);
    CHECK(plain_text(site.documents[0].body) == "document 0");

    release.done(jobs[3]);  // a page of no document frees nothing
    release.done(jobs[0]);
    CHECK(plain_text(site.documents[0].body) == "document 0");  // its own page is still to come
    release.done(jobs[1]);
    CHECK(site.documents[0].body.children.empty());

    CHECK(plain_text(site.documents[2].body) == "document 2");  // no page reads it: left alone
}
