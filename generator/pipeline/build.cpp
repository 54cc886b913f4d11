// The order of the build steps; each step is a call into its own module.
#include "pipeline/build.h"
#include "pipeline/build_steps.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <optional>
#include <set>

#include "config/site_config.h"
#include "content/documents.h"
#include "data/data_store.h"
#include "feeds/feeds.h"
#include "html/site_pages.h"
#include "leaks/leak_check.h"
#include "markdown/markdown.h"
#include "pdf/publication.h"
#include "pipeline/builtin_theme.h"
#include "pipeline/parallel.h"
#include "pipeline/tree_release.h"
#include "shortcodes/shortcodes.h"

namespace publish {

namespace {

/// Times a step and records it.
class StepTimer {
public:
    StepTimer(std::vector<StepTime>& times, std::string step)
        : times_(times), step_(std::move(step)), start_(std::chrono::steady_clock::now()) {}
    ~StepTimer() {
        auto elapsed = std::chrono::steady_clock::now() - start_;
        times_.push_back({step_, std::chrono::duration<double, std::milli>(elapsed).count()});
    }

private:
    std::vector<StepTime>& times_;
    std::string step_;
    std::chrono::steady_clock::time_point start_;
};

/// Per-worker diagnostics, merged in a stable order afterwards.
struct WorkerDiagnostics {
    explicit WorkerDiagnostics(int workers) : lists(static_cast<size_t>(std::max(workers, 1))) {}
    std::vector<Diagnostics> lists;
    void merge_into(Diagnostics& out) const {
        for (const auto& list : lists) out.merge(list);
    }
};

/// Content files that are not Markdown are published as they are (images, attachments).
void copy_content_assets(const FileMap& files, std::vector<OutputFile>& out) {
    for (const auto& [path, bytes] : files)
        if (path.starts_with("content/") && !path.ends_with(".md"))
            out.push_back({path.substr(8), bytes});
}

}  // namespace

void BuildRecord::set_uses(const std::string& output, std::set<std::string> keys) {
    if (one_off) return;
    auto& current = uses[output];
    for (const auto& key : current)
        if (!keys.count(key)) {
            auto found = users.find(key);
            if (found != users.end() && found->second.erase(output) && found->second.empty()) users.erase(found);
        }
    for (const auto& key : keys)
        if (!current.count(key)) users[key].insert(output);
    current = std::move(keys);
}

std::set<std::string> BuildRecord::users_of(const std::set<std::string>& keys) const {
    std::set<std::string> outputs;
    for (const auto& key : keys) {
        auto found = users.find(key);
        if (found != users.end()) outputs.insert(found->second.begin(), found->second.end());
    }
    return outputs;
}

size_t bytes_hash(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

size_t data_hash(const FileMap& files, const std::string& key) {
    if (key.compare(0, 5, "data:") != 0) return 0;
    size_t hash = 0;  // of every file the set is read from (a CSV and its description, or JSON)
    for (const auto& path : data_set_files(key.substr(5))) {
        auto found = files.find(path);
        if (found != files.end()) hash = hash * 31 + bytes_hash(found->second) + 1;
    }
    return hash;
}

namespace {

/// What every tree depends on besides its own file and the data it read.
size_t tree_context(const FileMap& files, const LinkTargets& targets) {
    std::string text = targets.base_path;
    auto config = files.find("data/site.json");
    if (config != files.end()) text += std::to_string(bytes_hash(config->second));
    for (const auto& [source, url] : targets.pages) text += '\n' + source + ' ' + url;
    for (const auto& file : targets.files) text += '\n' + file;
    return bytes_hash(text);
}

/// The cached tree of `doc`, if nothing it was made from changed (then moved out of the cache).
bool reuse_tree(TreeCache* cache, const Document& doc, size_t hash, const BuildRecord& record, const FileMap& files,
                Node& tree, std::set<std::string>& reads) {
    if (!cache) return false;
    auto found = cache->find(doc.source_path);
    if (found == cache->end()) return false;
    CachedTree& cached = found->second;
    if (cached.used || cached.bytes_hash != hash || cached.context != record.tree_context || cached.reads.count("documents"))
        return false;
    for (const auto& [key, old] : cached.data_hashes)
        if (data_hash(files, key) != old) return false;
    tree = std::move(cached.tree);
    reads = cached.reads;
    cached.used = true;
    return true;
}

}  // namespace

void harvest_trees(Site& site, const BuildRecord& record, TreeCache& cache) {
    if (record.document_hash.size() != site.documents.size() || record.document_clean.size() != site.documents.size())
        return;
    for (size_t i = 0; i < site.documents.size(); ++i) {
        Document& doc = site.documents[i];
        if (!doc.published || !record.document_clean[i] || record.document_hash[i] == 0) continue;
        CachedTree& cached = cache[doc.source_path];
        cached = CachedTree{};
        cached.bytes_hash = record.document_hash[i];
        cached.context = record.tree_context;
        cached.reads = record.document_reads[i];
        for (const auto& key : cached.reads) cached.data_hashes[key] = record.data_hashes.count(key) ? record.data_hashes.at(key) : 0;
        cached.tree = std::move(doc.body);
    }
}

LinkTargets link_targets(const Site& site, const FileMap& files) {
    LinkTargets targets;
    targets.base_path = site.config.base_path;
    for (const auto& doc : site.documents)
        if (doc.published) targets.pages[doc.source_path] = doc.url;
    for (const auto& [path, bytes] : files)
        if (path.starts_with("content/")) targets.files.insert(path);
    return targets;
}

Node parse_body(const Document& doc, std::string_view body, const Site& site, const DataStore& store,
                const LinkTargets& targets, std::set<std::string>& reads, Diagnostics& diagnostics) {
    ShortcodeContext context{site, store, &reads};
    ExtractedShortcodes extracted = extract_shortcodes(body, doc.source_path, doc.body_first_line, diagnostics);
    Node tree = parse_markdown(extracted.text, doc.source_path, doc.body_first_line, diagnostics);
    expand_shortcodes(tree, extracted.calls, context, diagnostics);
    rewrite_links(tree, doc.source_path, targets, diagnostics);
    return tree;
}

bool wants_pdf(const Document& doc) {
    if (!doc.published) return false;
    if (doc.bundle >= 0) return doc.bundle_index && doc.meta.pdf.value_or(true);
    return doc.meta.pdf.value_or(doc.type != DocType::page);
}

std::string pdf_path(const Document& doc) { return doc.url + doc.slug + ".pdf"; }

std::set<std::string> pdf_uses(const Site& site, int document) {
    const Document& doc = site.documents[document];
    std::set<std::string> uses{"doc:" + doc.source_path};
    if (doc.bundle >= 0)
        for (int s : site.bundles[doc.bundle].sections) uses.insert("doc:" + site.documents[s].source_path);
    if (doc.type == DocType::bulletin) uses.insert("data:reviews");  // the review's facts box
    return uses;
}

/// The site files behind an output path, for an error about two outputs at one path.
static std::vector<std::string> output_sources(const std::string& path, const FileMap& files, const Site& site) {
    std::vector<std::string> sources;
    for (const auto& doc : site.documents)
        if (doc.published && (doc.url + "index.html" == path || pdf_path(doc) == path)) sources.push_back(doc.source_path);
    if (files.count("content/" + path)) sources.push_back("content/" + path);
    return sources;
}

std::vector<OutputFile> render_pdfs(const Site& site, const std::vector<int>& documents, const BuildOptions& options,
                                    BuildRecord& record, std::vector<PdfText>& texts, Diagnostics& diagnostics) {
    std::vector<std::optional<PdfResult>> rendered(documents.size());
    WorkerDiagnostics worker(options.jobs);
    std::mutex progress_lock;
    int done = 0, total = static_cast<int>(documents.size());
    if (options.on_pdf_progress) options.on_pdf_progress(0, total);
    parallel_for(documents.size(), options.jobs, [&](size_t k, int w) {
        rendered[k] = render_publication_pdf(site, documents[k], worker.lists[w]);
        if (!options.on_pdf_progress) return;
        std::lock_guard<std::mutex> hold(progress_lock);
        options.on_pdf_progress(++done, total);
    });
    worker.merge_into(diagnostics);
    std::vector<OutputFile> out;
    for (size_t k = 0; k < documents.size(); ++k) {
        if (!rendered[k]) continue;
        const Document& doc = site.documents[documents[k]];
        PdfInfo info{pdf_path(doc), rendered[k]->pages, rendered[k]->bytes.size()};
        record.pdfs[doc.url] = info;
        if (doc.bundle >= 0)  // every section of a bundle offers the whole document's PDF
            for (int s : site.bundles[doc.bundle].sections) record.pdfs[site.documents[s].url] = info;
        record.pdf_owner[info.url] = documents[k];
        record.set_uses(info.url, pdf_uses(site, documents[k]));
        texts.push_back({info.url, std::move(rendered[k]->text)});
        out.push_back({info.url, std::move(rendered[k]->bytes)});
    }
    return out;
}

std::vector<OutputFile> render_pages(const Site& site, const std::vector<const PageJob*>& jobs,
                                     const BuildOptions& options, BuildRecord& record, Diagnostics& diagnostics,
                                     TreeRelease* release) {
    std::vector<OutputFile> pages(jobs.size());
    std::vector<std::set<std::string>> used(jobs.size());
    WorkerDiagnostics worker(options.jobs);
    parallel_for(jobs.size(), options.jobs, [&](size_t i, int w) {
        pages[i] = render_page(*jobs[i], site, *record.theme, record.pdfs, worker.lists[w], record.one_off ? nullptr : &used[i]);
        if (release) release->done(*jobs[i]);
    });
    worker.merge_into(diagnostics);
    for (size_t i = 0; i < jobs.size(); ++i) record.set_uses(pages[i].path, std::move(used[i]));
    return pages;
}

OutputFile render_planned_sitemap(const Site& site, const std::vector<PageJob>& jobs) {
    std::map<std::string, std::string> lastmod;  // document URL → its last change
    for (const auto& entry : document_sitemap_entries(site)) lastmod[entry.url] = entry.lastmod;
    std::vector<SitemapEntry> urls;
    for (const auto& job : jobs)
        if (job.kind != PageJob::Kind::not_found) {
            std::string url = job.output_path;
            if (url.size() >= 10 && url.compare(url.size() - 10, 10, "index.html") == 0) url.resize(url.size() - 10);
            auto changed = lastmod.find(url);
            urls.push_back({url, changed == lastmod.end() ? std::string() : changed->second});
        }
    return render_sitemap(site, urls);
}

OutputFile render_recorded_search_index(const Site& site, const BuildRecord& record) {
    std::vector<const std::string*> entries;
    for (size_t i = 0; i < site.documents.size(); ++i)
        if (site.documents[i].published) entries.push_back(&record.search_entries[i]);
    return search_index_from_entries(entries);
}

void add_builtin_theme(FileMap& files) {
    for (const auto& [path, bytes] : builtin_theme_files()) files.emplace(path, bytes);
}

/// A one-off build without PDFs needs no tree after its document's own pages: those pages are
/// then made as soon as the tree is, and the tree is dropped, so that a site's trees are never
/// all in memory at once (they are most of a large build's memory).
static bool streamed_pages(const BuildRecord& record, const BuildOptions& options) { return record.one_off && !options.pdf; }

namespace {

/// Checks a document, takes its search entry and renders its pages right after its tree is made
/// (one worker a document; each page reads only its own document's tree), then frees the tree.
class Streamer {
public:
    Streamer(Site& site, BuildRecord& record) : site_(site), record_(record) {}
    /// Turns streaming on, once the record holds the theme and the page plan.
    void start(int workers) {
        jobs_of_.resize(site_.documents.size());
        for (const auto& job : record_.jobs)
            if (job.document >= 0) jobs_of_[job.document].push_back(&job);
        pages_.resize(static_cast<size_t>(std::max(workers, 1)));
    }
    bool on() const { return !jobs_of_.empty(); }
    void finish(int document, Node tree, int worker, Diagnostics& diagnostics) {
        Document& doc = site_.documents[document];
        doc.body = std::move(tree);
        check_body(doc, diagnostics);
        record_.search_entries[document] = search_entry(site_, doc);
        for (const PageJob* job : jobs_of_[document])
            pages_[worker].push_back(render_page(*job, site_, *record_.theme, record_.pdfs, diagnostics));
        doc.body = make_node(NodeKind::document);
    }
    bool made(const PageJob& job) const {
        return on() && job.document >= 0 && site_.documents[job.document].published;
    }
    void take_pages(std::vector<OutputFile>& pages) {
        for (auto& list : pages_)
            for (auto& page : list) pages.push_back(std::move(page));
        pages_.clear();
    }

private:
    Site& site_;
    BuildRecord& record_;
    std::vector<std::vector<const PageJob*>> jobs_of_;  ///< per document: the pages made from its tree
    std::vector<std::vector<OutputFile>> pages_;        ///< per worker: the pages it made
};

}  // namespace

BuildResult build_site(const FileMap& files, Site& site, const BuildOptions& options, Diagnostics& diagnostics) {
    BuildRecord record;
    record.one_off = true;  // nothing keeps this build's trees: free each after its last page
    return build_site_recorded(files, site, options, record, diagnostics);
}

BuildResult build_site_recorded(const FileMap& files, Site& site, const BuildOptions& options, BuildRecord& record,
                                Diagnostics& diagnostics) {
    BuildResult result;
    auto& times = result.times;
    {
        StepTimer t(times, "data");
        record.store = load_data_store(files, diagnostics);
        site.config = read_site_config(record.store, diagnostics);
        if (diagnostics.has_errors()) return result;
        site.data = read_site_data(record.store, site.config, diagnostics);
    }
    std::vector<std::string_view> bodies;
    {
        StepTimer t(times, "content");
        bodies = load_documents(files, site, diagnostics);
        record.document_of.clear();
        for (size_t i = 0; i < site.documents.size(); ++i)
            record.document_of[site.documents[i].source_path] = static_cast<int>(i);
    }
    Streamer streamer(site, record);
    {
        StepTimer t(times, "markdown");
        record.targets = link_targets(site, files);
        record.tree_context = tree_context(files, record.targets);
        record.data_hashes.clear();
        for (const auto& [name, file] : record.store.files) record.data_hashes["data:" + name] = data_hash(files, "data:" + name);
        std::vector<Node> trees(site.documents.size());
        record.document_reads.assign(site.documents.size(), {});
        record.document_hash.assign(site.documents.size(), 0);
        record.document_clean.assign(site.documents.size(), 0);
        WorkerDiagnostics worker(options.jobs);
        if (streamed_pages(record, options)) {  // theme and plan first: each document's pages follow its tree
            record.theme = Theme::load(files, site.config.theme, diagnostics);
            if (!record.theme) return result;
            record.jobs = plan_pages(site);
            record.search_entries.assign(site.documents.size(), {});
            streamer.start(options.jobs);
        }
        parallel_for(site.documents.size(), options.jobs, [&](size_t i, int w) {
            const Document& doc = site.documents[i];
            if (!doc.published) return;
            record.document_hash[i] = bytes_hash(files.at(doc.source_path));
            if (reuse_tree(record.cache, doc, record.document_hash[i], record, files, trees[i], record.document_reads[i])) {
                record.document_clean[i] = 2;  // clean, and reused
                return;
            }
            int errors = worker.lists[w].error_count();
            trees[i] = parse_body(doc, bodies[i], site, record.store, record.targets, record.document_reads[i],
                                  worker.lists[w]);
            record.document_clean[i] = worker.lists[w].error_count() == errors;
            if (streamer.on()) streamer.finish(static_cast<int>(i), std::move(trees[i]), w, worker.lists[w]);
        });
        worker.merge_into(diagnostics);
        record.reused_trees = 0;
        for (char reused : record.document_clean) record.reused_trees += reused == 2;
        for (char& reused : record.document_clean) reused = reused != 0;
        if (record.cache) std::erase_if(*record.cache, [](const auto& entry) { return entry.second.used; });
        if (streamer.on()) {
            check_front_matter(site, diagnostics);  // every document, drafts too; bodies were checked as parsed
        } else {
            for (size_t i = 0; i < trees.size(); ++i) site.documents[i].body = std::move(trees[i]);
            check_documents(site, diagnostics);
        }
    }
    if (diagnostics.has_errors()) return result;

    std::vector<OutputFile> out;
    std::vector<PdfText> pdf_texts;  // what readers extract from each PDF, for the leak check
    if (options.pdf) {
        StepTimer t(times, "pdf");
        std::vector<int> wanted;
        for (size_t i = 0; i < site.documents.size(); ++i)
            if (wants_pdf(site.documents[i])) wanted.push_back(static_cast<int>(i));
        out = render_pdfs(site, wanted, options, record, pdf_texts, diagnostics);
        result.pdfs = static_cast<int>(out.size());
        if (diagnostics.has_errors()) return result;
    }
    {
        StepTimer t(times, "pages");
        if (!streamer.on()) {
            record.theme = Theme::load(files, site.config.theme, diagnostics);
            if (!record.theme) return result;
            record.jobs = plan_pages(site);
            // The search index reads the trees, so it comes before the pages, which may free them.
            record.search_entries.assign(site.documents.size(), {});
            for (size_t i = 0; i < site.documents.size(); ++i)
                if (site.documents[i].published) record.search_entries[i] = search_entry(site, site.documents[i]);
        }
        out.push_back(render_recorded_search_index(site, record));
        if (record.one_off) record.search_entries = {};
        std::vector<const PageJob*> rest;  // every page not made with its document's tree
        for (const auto& job : record.jobs)
            if (!streamer.made(job)) rest.push_back(&job);
        std::optional<TreeRelease> release;
        if (record.one_off && !streamer.on()) release.emplace(site, record.jobs);
        std::vector<OutputFile> pages = render_pages(site, rest, options, record, diagnostics, release ? &*release : nullptr);
        streamer.take_pages(pages);
        result.pages = static_cast<int>(pages.size());
        for (auto& page : pages) out.push_back(std::move(page));
        out.push_back(render_atom_feed(site));
        out.push_back(render_planned_sitemap(site, record.jobs));
        out.push_back(render_robots(site));
        for (auto& asset : theme_assets(files, site.config.theme)) out.push_back(std::move(asset));
        copy_content_assets(files, out);
    }
    std::sort(out.begin(), out.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    for (size_t i = 1; i < out.size(); ++i)
        if (out[i].path == out[i - 1].path) {
            std::vector<std::string> sources = output_sources(out[i].path, files, site);
            std::string others;
            for (size_t k = 1; k < sources.size(); ++k) others += (k > 1 ? " and " : "") + sources[k];
            diagnostics.error({sources.empty() ? std::string("output") : sources.front(), 0, 0},
                              "two outputs would be written to \"" + out[i].path + "\"" +
                                  (others.empty() ? std::string() : ": this file and " + others),
                              "rename the content file or attachment that uses this path");
        }
    if (diagnostics.has_errors()) return result;
    {
        StepTimer t(times, "leaks");
        check_for_leaks({files, site, out, pdf_texts}, diagnostics);
    }
    if (diagnostics.has_errors()) return result;
    result.files = std::move(out);
    return result;
}

}  // namespace publish
