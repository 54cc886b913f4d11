// The order of the build steps; each step is a call into its own module.
#include "pipeline/build.h"

#include <algorithm>
#include <chrono>
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

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

LinkTargets link_targets(const Site& site, const FileMap& files) {
    LinkTargets targets;
    targets.base_path = site.config.base_path;
    for (const auto& doc : site.documents)
        if (doc.published) targets.pages[doc.source_path] = doc.url;
    for (const auto& [path, bytes] : files)
        if (starts_with(path, "content/")) targets.files.insert(path);
    return targets;
}

/// Markdown body → tree: shortcodes out, Markdown parsed, shortcodes expanded from data, links rewritten.
Node parse_body(const Document& doc, std::string_view body, const ShortcodeContext& context,
                const LinkTargets& targets, Diagnostics& diagnostics) {
    ExtractedShortcodes extracted = extract_shortcodes(body, doc.source_path, doc.body_first_line, diagnostics);
    Node tree = parse_markdown(extracted.text, doc.source_path, doc.body_first_line, diagnostics);
    expand_shortcodes(tree, extracted.calls, context, diagnostics);
    rewrite_links(tree, doc.source_path, targets, diagnostics);
    return tree;
}

/// Which documents get a PDF: briefings, bulletins, bundles (once, from their index), pages that ask.
bool wants_pdf(const Document& doc) {
    if (!doc.published) return false;
    if (doc.bundle >= 0) return doc.bundle_index && doc.meta.pdf.value_or(true);
    return doc.meta.pdf.value_or(doc.type != DocType::page);
}

std::string pdf_path(const Document& doc) { return doc.url + doc.slug + ".pdf"; }

/// Content files that are not Markdown are published as they are (images, attachments).
void copy_content_assets(const FileMap& files, std::vector<OutputFile>& out) {
    for (const auto& [path, bytes] : files)
        if (starts_with(path, "content/") && path.size() > 3 && path.compare(path.size() - 3, 3, ".md") != 0)
            out.push_back({path.substr(8), bytes});
}

}  // namespace

void add_builtin_theme(FileMap& files) {
    for (const auto& [path, bytes] : builtin_theme_files()) files.emplace(path, bytes);
}

BuildResult build_site(const FileMap& files, Site& site, const BuildOptions& options, Diagnostics& diagnostics) {
    BuildResult result;
    auto& times = result.times;
    DataStore store;
    {
        StepTimer t(times, "data");
        store = load_data_store(files, diagnostics);
        site.config = read_site_config(store, diagnostics);
        if (diagnostics.has_errors()) return result;
        site.data = read_site_data(store, site.config, diagnostics);
    }
    std::vector<std::string_view> bodies;
    {
        StepTimer t(times, "content");
        bodies = load_documents(files, site, diagnostics);
    }
    {
        StepTimer t(times, "markdown");
        LinkTargets targets = link_targets(site, files);
        ShortcodeContext context{site, store};
        std::vector<Node> trees(site.documents.size());
        WorkerDiagnostics worker(options.jobs);
        parallel_for(site.documents.size(), options.jobs, [&](size_t i, int w) {
            if (site.documents[i].published)
                trees[i] = parse_body(site.documents[i], bodies[i], context, targets, worker.lists[w]);
        });
        worker.merge_into(diagnostics);
        for (size_t i = 0; i < trees.size(); ++i) site.documents[i].body = std::move(trees[i]);
        check_documents(site, diagnostics);
    }
    if (diagnostics.has_errors()) return result;

    std::map<std::string, PdfInfo> pdfs;
    std::vector<OutputFile> out;
    std::vector<PdfText> pdf_texts;  // what readers extract from each PDF, for the leak check
    if (options.pdf) {
        StepTimer t(times, "pdf");
        std::vector<size_t> wanted;
        for (size_t i = 0; i < site.documents.size(); ++i)
            if (wants_pdf(site.documents[i])) wanted.push_back(i);
        std::vector<std::optional<PdfResult>> rendered(wanted.size());
        WorkerDiagnostics worker(options.jobs);
        parallel_for(wanted.size(), options.jobs, [&](size_t k, int w) {
            rendered[k] = render_publication_pdf(site, static_cast<int>(wanted[k]), worker.lists[w]);
        });
        worker.merge_into(diagnostics);
        for (size_t k = 0; k < wanted.size(); ++k) {
            if (!rendered[k]) continue;
            const Document& doc = site.documents[wanted[k]];
            PdfInfo info{pdf_path(doc), rendered[k]->pages, rendered[k]->bytes.size()};
            pdfs[doc.url] = info;
            if (doc.bundle >= 0)  // every section of a bundle offers the whole document's PDF
                for (int s : site.bundles[doc.bundle].sections) pdfs[site.documents[s].url] = info;
            pdf_texts.push_back({info.url, std::move(rendered[k]->text)});
            out.push_back({info.url, std::move(rendered[k]->bytes)});
            ++result.pdfs;
        }
        if (diagnostics.has_errors()) return result;
    }
    {
        StepTimer t(times, "pages");
        auto theme = Theme::load(files, site.config.theme, diagnostics);
        if (!theme) return result;
        std::vector<PageJob> jobs = plan_pages(site);
        out.push_back(render_search_index(site));  // the last reader of the trees besides the pages
        TreeRelease release(site, jobs);
        std::vector<OutputFile> pages(jobs.size());
        WorkerDiagnostics worker(options.jobs);
        parallel_for(jobs.size(), options.jobs, [&](size_t i, int w) {
            pages[i] = render_page(jobs[i], site, *theme, pdfs, worker.lists[w]);
            release.done(jobs[i]);
        });
        worker.merge_into(diagnostics);
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
        result.pages = static_cast<int>(pages.size());
        for (auto& page : pages) out.push_back(std::move(page));
        out.push_back(render_atom_feed(site));
        out.push_back(render_sitemap(site, urls));
        out.push_back(render_robots(site));
        for (auto& asset : theme_assets(files, site.config.theme)) out.push_back(std::move(asset));
        copy_content_assets(files, out);
    }
    std::sort(out.begin(), out.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    for (size_t i = 1; i < out.size(); ++i)
        if (out[i].path == out[i - 1].path)
            diagnostics.error({"output", 0, 0}, "two outputs would be written to \"" + out[i].path + "\"",
                              "rename the content file or attachment that uses this path");
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
