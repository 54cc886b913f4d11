// The incremental build: compare the new site files with the last good ones, redo what they touched.
#include "pipeline/incremental.h"

#include <algorithm>
#include <chrono>

#include "content/documents.h"
#include "content/front_matter.h"
#include "feeds/feeds.h"
#include "html/site_index.h"
#include "pipeline/build_steps.h"
#include "pipeline/parallel.h"

namespace publish {

namespace {

/// The data set a changed file belongs to; "" for site.json (the settings: a full build) and
/// for files that are no data set.
std::string data_set_name(const std::string& path) {
    std::string name = data_set_of(path);
    return name == "site" ? std::string() : name;
}

/// "themes/default/templates/briefing.mustache" → "briefing"; "" for partials and other files.
std::string template_name(const std::string& path) {
    if (!path.starts_with("themes/") || !path.ends_with(".mustache")) return {};
    size_t at = path.find("/templates/");
    if (at == std::string::npos) return {};
    std::string name = path.substr(at + 11, path.size() - at - 11 - 9);
    return name.find('/') == std::string::npos ? name : std::string();
}

/// Front matter fields that decide a document's URL, publication, type, PDF or place in a bundle.
bool same_structure(const FrontMatter& a, const FrontMatter& b) {
    return a.type == b.type && a.slug == b.slug && a.draft == b.draft && a.publish_after == b.publish_after &&
           a.weight == b.weight && a.pdf == b.pdf;
}

/// Every field of the front matter (what lists, feeds, the sitemap and checks read), not where it was written.
bool same_front_matter(const FrontMatter& a, const FrontMatter& b) {
    return same_structure(a, b) && a.title == b.title && a.date == b.date && a.updated == b.updated &&
           a.review_date == b.review_date && a.summary == b.summary && a.themes == b.themes &&
           a.priorities == b.priorities && a.covers == b.covers && a.review == b.review && a.period == b.period;
}

bool same_nav(const std::vector<NavItem>& a, const std::vector<NavItem>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].label != b[i].label || a[i].url != b[i].url || a[i].key != b[i].key) return false;
    return true;
}

/// True if two plans have the same pages in the same lists, in the same order.
bool same_index(const SiteIndex& a, const SiteIndex& b) {
    return a.pages == b.pages && a.by_url == b.by_url && a.section_items == b.section_items &&
           a.section_intro == b.section_intro && a.by_theme == b.by_theme && a.by_priority == b.by_priority &&
           a.bulletins_by_review == b.bulletins_by_review && a.home == b.home && a.about == b.about &&
           a.accessibility == b.accessibility && a.latest_annual_report == b.latest_annual_report &&
           a.latest_arrangements == b.latest_arrangements && same_nav(a.nav, b.nav);
}

bool uses_any(const std::set<std::string>& uses, const std::set<std::string>& keys) {
    for (const auto& key : keys)
        if (uses.count(key)) return true;
    return false;
}

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

IncrementalBuild::IncrementalBuild(const Site& site_settings, BuildOptions options) : options_(options) {
    site_.build_date = site_settings.build_date;
    site_.build_timestamp = site_settings.build_timestamp;
    site_.drafts = site_settings.drafts;
}

IncrementalBuild::~IncrementalBuild() = default;

UpdateResult IncrementalBuild::full_build(const std::string& reason, Diagnostics& diagnostics) {
    auto start = std::chrono::steady_clock::now();
    UpdateResult result;
    result.full = true;
    result.full_reason = reason;
    if (!cache_) cache_ = std::make_unique<TreeCache>();
    if (record_) harvest_trees(site_, *record_, *cache_);  // the trees of the last build, by their bytes
    Site fresh;
    fresh.build_date = site_.build_date;
    fresh.build_timestamp = site_.build_timestamp;
    fresh.drafts = site_.drafts;
    site_ = std::move(fresh);
    site_.files = &files_;
    auto record = std::make_unique<BuildRecord>();
    record->cache = cache_.get();
    BuildResult built = build_site_recorded(files_, site_, options_, *record, diagnostics);
    record->cache = nullptr;
    result.reused_trees = record->reused_trees;
    record_ = std::move(record);  // even on errors: it describes site_, whose trees the next full build may reuse
    good_ = !diagnostics.has_errors();
    if (good_) {
        OutputMap outputs;
        for (auto& file : built.files) {
            result.rendered.push_back(file.path);
            outputs[file.path] = std::make_shared<const std::string>(std::move(file.bytes));
        }
        for (const auto& [path, bytes] : outputs_)
            if (!outputs.count(path)) result.removed.push_back(path);
        outputs_ = std::move(outputs);
        result.ok = true;
    }
    result.milliseconds = since(start);
    return result;
}

UpdateResult IncrementalBuild::update(FileMap files, Diagnostics& diagnostics) {
    std::string reason = good_ ? std::string() : record_ ? "the last build had errors" : "first build";
    std::vector<std::string> changed;
    for (const auto& [path, bytes] : files) {
        auto old = files_.find(path);
        if (old == files_.end()) {
            if (reason.empty()) reason = path + " was added";
        } else if (old->second != bytes) {
            changed.push_back(path);
        }
    }
    if (reason.empty() && std::any_of(files_.begin(), files_.end(), [&](const auto& entry) { return !files.count(entry.first); }))
        reason = "a file was removed";
    files_ = std::move(files);
    return reason.empty() ? rebuild(changed, diagnostics) : full_build(reason, diagnostics);
}

UpdateResult IncrementalBuild::apply(const std::map<std::string, std::optional<std::string>>& changes,
                                     Diagnostics& diagnostics) {
    std::string reason = good_ ? std::string() : record_ ? "the last build had errors" : "first build";
    std::vector<std::string> changed;
    for (const auto& [path, bytes] : changes) {
        auto old = files_.find(path);
        if (!bytes) {
            if (old == files_.end()) continue;
            files_.erase(old);
            if (reason.empty()) reason = path + " was removed";
        } else if (old == files_.end()) {
            files_[path] = *bytes;
            if (reason.empty()) reason = path + " was added";
        } else if (old->second != *bytes) {
            old->second = *bytes;
            changed.push_back(path);
        }
    }
    return reason.empty() ? rebuild(changed, diagnostics) : full_build(reason, diagnostics);
}

UpdateResult IncrementalBuild::rebuild(const std::vector<std::string>& changed, Diagnostics& diagnostics) {
    auto start = std::chrono::steady_clock::now();
    UpdateResult result;
    result.ok = true;
    if (changed.empty()) {
        result.milliseconds = since(start);
        return result;
    }

    auto step_start = start;
    auto mark = [&](const char* step) {  // the time of each step, for profiling
        result.times.push_back({step, since(step_start)});
        step_start = std::chrono::steady_clock::now();
    };
    const std::map<std::string, int>& document_of = record_->document_of;
    std::set<std::string> keys;  // what changed, in the keys outputs recorded
    std::vector<int> edited;
    bool data_changed = false;
    for (const auto& path : changed) {
        std::string data_set = data_set_name(path);
        std::string page_template = template_name(path);
        auto document = document_of.find(path);
        if (document != document_of.end()) {
            edited.push_back(document->second);
        } else if (!data_set.empty()) {
            keys.insert("data:" + data_set);
            data_changed = true;
        } else if (!page_template.empty()) {
            keys.insert("template:" + page_template);
        } else {
            return full_build(path + " changed", diagnostics);
        }
    }

    // Front matter of the edited documents: a change of URL, publication or order means a full build.
    std::map<int, FrontMatter> metas;
    Diagnostics front;  // kept only if this stays an incremental build
    for (int i : edited) {
        const Document& doc = site_.documents[i];
        const std::string& bytes = files_.at(doc.source_path);
        if (bytes.find('\0') != std::string::npos || find_invalid_utf8(bytes) != std::string::npos ||
            bytes.find_first_not_of(" \t\r\n") == std::string::npos)
            return full_build(doc.source_path + " is not readable text", diagnostics);
        SplitSource split;
        Diagnostics local;
        if (!split_front_matter(bytes, doc.source_path, split, local))
            return full_build(doc.source_path + " lost its front matter", diagnostics);
        metas[i] = parse_front_matter(split.yaml, doc.source_path, split.yaml_first_line, front);
        if (!same_structure(metas[i], doc.meta))
            return full_build(doc.source_path + " changed its URL, publication or order", diagnostics);
    }
    diagnostics.merge(front);
    good_ = false;  // until this update succeeds
    mark("front matter");
    BuildRecord& record = *record_;

    if (data_changed) {
        for (const auto& key : keys) record.data_hashes[key] = data_hash(files_, key);
        record.store = load_data_store(files_, diagnostics);
        site_.data = read_site_data(record.store, site_.config, diagnostics);
        if (diagnostics.has_errors()) return result.ok = false, result;
    }
    bool facts_changed = false;  // front matter: what lists, the feed and the sitemap show
    for (int i : edited) {
        Document& doc = site_.documents[i];
        keys.insert("doc:" + doc.source_path);
        if (!same_front_matter(doc.meta, metas[i])) {
            keys.insert("list:" + doc.source_path);
            keys.insert("documents");
            facts_changed = true;
        }
        doc.meta = std::move(metas[i]);
    }

    // Trees again: the edited documents and those whose shortcodes read what changed.
    std::set<int> again;
    for (int i : edited)
        if (site_.documents[i].published) again.insert(i);
    if (data_changed || keys.count("documents"))
        for (size_t i = 0; i < site_.documents.size(); ++i)
            if (site_.documents[i].published && uses_any(record.document_reads[i], keys)) again.insert(static_cast<int>(i));
    std::vector<int> reparse(again.begin(), again.end());
    std::vector<Node> trees(reparse.size());
    std::vector<std::set<std::string>> reads(reparse.size());
    std::vector<Diagnostics> lists(static_cast<size_t>(std::max(options_.jobs, 1)));
    std::vector<char> clean(reparse.size(), 0);
    parallel_for(reparse.size(), options_.jobs, [&](size_t k, int w) {
        Document& doc = site_.documents[reparse[k]];
        SplitSource split;
        int errors = lists[w].error_count();
        if (!split_front_matter(files_.at(doc.source_path), doc.source_path, split, lists[w])) return;
        doc.body_first_line = split.body_first_line;
        trees[k] = parse_body(doc, split.body, site_, record.store, record.targets, reads[k], lists[w]);
        clean[k] = lists[w].error_count() == errors;
    });
    for (const auto& list : lists) diagnostics.merge(list);
    for (size_t k = 0; k < reparse.size(); ++k) {
        Document& doc = site_.documents[reparse[k]];
        doc.body = std::move(trees[k]);
        record.document_reads[reparse[k]] = std::move(reads[k]);
        record.document_hash[reparse[k]] = bytes_hash(files_.at(doc.source_path));
        record.document_clean[reparse[k]] = clean[k];
        keys.insert("doc:" + doc.source_path);
    }
    mark("markdown");
    std::vector<int> checked = reparse;  // a data set's change may make any reference unknown: all
    for (int i : edited) checked.push_back(i);
    std::sort(checked.begin(), checked.end());
    checked.erase(std::unique(checked.begin(), checked.end()), checked.end());
    check_documents(site_, diagnostics, data_changed ? nullptr : &checked);
    if (diagnostics.has_errors()) return result.ok = false, result;
    mark("checks");

    // Pages in the same lists in the same order, or every page again (the plan only changes
    // with the front matter or the data).
    std::vector<PageJob> jobs;
    bool all_pages = false;
    if (facts_changed || data_changed) {  // data: the reviews page and its nav item come and go with reviews
        jobs = plan_pages(site_);
        all_pages = jobs.size() != record.jobs.size() || !same_index(*jobs.front().index, *record.jobs.front().index);
        for (size_t k = 0; !all_pages && k < jobs.size(); ++k) all_pages = jobs[k].output_path != record.jobs[k].output_path;
    } else {
        jobs = std::move(record.jobs);
    }
    mark("plan");
    std::set<std::string> affected = record.users_of(keys);
    std::vector<OutputFile> made;
    std::vector<PdfText> texts;
    if (options_.pdf) {
        std::vector<int> documents;
        for (const auto& path : affected) {
            auto owner = record.pdf_owner.find(path);
            if (owner != record.pdf_owner.end()) documents.push_back(owner->second);
        }
        std::map<std::string, PdfInfo> before = record.pdfs;
        made = render_pdfs(site_, documents, options_, record, texts, diagnostics);
        if (diagnostics.has_errors()) return result.ok = false, result;
        for (int owner : documents) {
            const std::string& url = site_.documents[owner].url;
            const PdfInfo& now = record.pdfs[url];
            auto old = before.find(url);
            if (old == before.end() || old->second.pages != now.pages || old->second.bytes != now.bytes)
                keys.insert("pdf:" + url);
        }
    }
    if (std::any_of(keys.begin(), keys.end(), [](const std::string& k) {
            return k.starts_with("template:");
        })) {
        auto theme = Theme::load(files_, site_.config.theme, diagnostics);
        if (!theme || diagnostics.has_errors()) return result.ok = false, result;
        record.theme = std::move(theme);
    }
    mark("pdf");
    for (const auto& key : keys)  // a PDF's new size and page count
        if (key.compare(0, 4, "pdf:") == 0)
            for (const auto& path : record.users_of({key})) affected.insert(path);
    std::vector<const PageJob*> redo;
    for (const auto& job : jobs)
        if (all_pages || affected.count(job.output_path)) redo.push_back(&job);
    for (auto& page : render_pages(site_, redo, options_, record, diagnostics)) made.push_back(std::move(page));
    mark("pages");
    if (!reparse.empty() || facts_changed) {
        for (int i : reparse) record.search_entries[i] = search_entry(site_, site_.documents[i]);
        made.push_back(render_recorded_search_index(site_, record));
    }
    if (facts_changed) {  // both show front matter only
        made.push_back(render_atom_feed(site_));
        made.push_back(render_planned_sitemap(site_, jobs));
    }
    if (diagnostics.has_errors()) return result.ok = false, result;
    mark("search, feed");
    check_for_leaks({files_, site_, made, texts}, diagnostics);
    if (diagnostics.has_errors()) return result.ok = false, result;
    mark("leaks");

    // Commit: the new plan and the new bytes.
    if (all_pages) {
        std::set<std::string> planned;
        for (const auto& job : jobs) planned.insert(job.output_path);
        for (const auto& old : record.jobs)
            if (!planned.count(old.output_path)) {
                outputs_.erase(old.output_path);
                record.set_uses(old.output_path, {});
                record.uses.erase(old.output_path);
                result.removed.push_back(old.output_path);
            }
    }
    record.jobs = std::move(jobs);
    for (auto& file : made) {
        result.rendered.push_back(file.path);
        outputs_[file.path] = std::make_shared<const std::string>(std::move(file.bytes));
    }
    std::sort(result.rendered.begin(), result.rendered.end());
    good_ = true;
    result.milliseconds = since(start);
    return result;
}

}  // namespace publish
