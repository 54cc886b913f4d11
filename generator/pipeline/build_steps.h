// The build's steps, shared by the full build (build.cpp) and the incremental one (incremental.cpp).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "data/data_store.h"
#include "html/site_pages.h"
#include "leaks/leak_check.h"
#include "markdown/markdown.h"
#include "pipeline/build.h"
#include "pipeline/tree_release.h"

namespace publish {

/// A document's tree from an earlier build, reused by a full build when nothing it was made from
/// changed: the file's bytes, the data files its shortcodes read, site.json and the link targets.
struct CachedTree {
    size_t bytes_hash = 0;                        ///< of the content file's bytes
    size_t context = 0;                           ///< BuildRecord::tree_context when it was parsed
    std::map<std::string, size_t> data_hashes;    ///< data file path → hash of its bytes, for each one read
    std::set<std::string> reads;
    Node tree;
    bool used = false;
};
using TreeCache = std::map<std::string, CachedTree>;  ///< by source path

/// Hash of a file's bytes (std::hash: the cache's key).
size_t bytes_hash(std::string_view bytes);

/// What a build read and made, kept so that the next build can redo only what a change touches.
/// Every set of keys is recorded while the step runs: "doc:<source>" (a document's text and
/// tree), "list:<source>" (its listing facts), "data:<name>" (data/<name>.json), "pdf:<url>"
/// (a PDF's size and page count), "template:<name>", "documents" (every document's front matter).
struct BuildRecord {
    DataStore store;
    std::unique_ptr<Theme> theme;
    LinkTargets targets;
    std::map<std::string, int> document_of;             ///< source path → document index
    std::vector<std::set<std::string>> document_reads;  ///< per document: what its shortcodes read
    std::vector<size_t> document_hash;                  ///< per document: hash of the bytes its tree came from
    std::vector<char> document_clean;                   ///< per document: its tree was made without errors
    size_t tree_context = 0;                            ///< hash of site.json and the link targets
    std::map<std::string, size_t> data_hashes;          ///< "data:<name>" → hash of its file's bytes
    TreeCache* cache = nullptr;                         ///< trees of earlier builds a full build may reuse
    size_t reused_trees = 0;                            ///< how many it reused
    std::vector<std::string> search_entries;            ///< per document ("" if unpublished)
    std::map<std::string, PdfInfo> pdfs;                ///< document URL → its PDF
    std::map<std::string, int> pdf_owner;               ///< PDF output path → document index
    std::vector<PageJob> jobs;                          ///< the page plan
    std::map<std::string, std::set<std::string>> uses;   ///< output path → keys it was made from
    std::map<std::string, std::set<std::string>> users;  ///< key → output paths made from it
    /// Nothing will rebuild from this record (publish build, check): it frees each tree after its
    /// last page and records no uses. The incremental engine keeps both.
    bool one_off = false;
    /// Sets what an output was made from, keeping `users` in step.
    void set_uses(const std::string& output, std::set<std::string> keys);
    /// Every output made from any of `keys`.
    std::set<std::string> users_of(const std::set<std::string>& keys) const;
};

/// Markdown body → tree: shortcodes out, Markdown parsed, shortcodes expanded from data (recording
/// what they read into `reads`), links rewritten.
Node parse_body(const Document& doc, std::string_view body, const Site& site, const DataStore& store,
                const LinkTargets& targets, std::set<std::string>& reads, Diagnostics& diagnostics);

/// Which documents get a PDF: briefings, bulletins, bundles (once, from their index), pages that ask.
bool wants_pdf(const Document& doc);

/// Where a document's PDF goes.
std::string pdf_path(const Document& doc);

/// What a document's PDF is made from: its text and its sections' (a bundle), review facts.
std::set<std::string> pdf_uses(const Site& site, int document);

/// Every link target of the site: published pages by source, content files.
LinkTargets link_targets(const Site& site, const FileMap& files);

/// Renders the PDFs of `documents` in parallel; fills `pdfs` (with every bundle section's URL),
/// the record's owners and uses, and `texts` for the leak check. Returns the files.
std::vector<OutputFile> render_pdfs(const Site& site, const std::vector<int>& documents, const BuildOptions& options,
                                    BuildRecord& record, std::vector<PdfText>& texts, Diagnostics& diagnostics);

/// Renders the given jobs of the plan in parallel, recording what each page used; with `release`,
/// frees each document's tree after the last page that reads it.
std::vector<OutputFile> render_pages(const Site& site, const std::vector<const PageJob*>& jobs,
                                     const BuildOptions& options, BuildRecord& record, Diagnostics& diagnostics,
                                     TreeRelease* release = nullptr);

/// The sitemap of the planned pages, with each document's last change.
OutputFile render_planned_sitemap(const Site& site, const std::vector<PageJob>& jobs);

/// The search index from the record's per-document entries.
OutputFile render_recorded_search_index(const Site& site, const BuildRecord& record);

/// Moves the clean trees of `site` (as `record` made them) into `cache`.
void harvest_trees(Site& site, const BuildRecord& record, TreeCache& cache);

/// Hash of the data file a "data:<name>" key names, as it is in `files` (0 if missing).
size_t data_hash(const FileMap& files, const std::string& key);

/// Full build into `record` (build_site is this with a record of its own).
BuildResult build_site_recorded(const FileMap& files, Site& site, const BuildOptions& options, BuildRecord& record,
                                Diagnostics& diagnostics);

}  // namespace publish
