// Content files into documents: folder rules, URLs, bundles, publication state, whole-site checks.
#include "content/documents.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "content/front_matter.h"
#include "markdown/markdown.h"

namespace publish {

namespace {

/// A content file read so far: its document (body not yet parsed) and its Markdown body text.
struct LoadedSource {
    Document document;
    std::string_view body;
};

constexpr std::string_view content_prefix = "content/";

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// "briefings/2024" → "briefings"; "" → "".
std::string first_component(const std::string& dir) { return dir.substr(0, dir.find('/')); }

std::string parent_dir(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string{} : path.substr(0, slash);
}

std::string file_stem(const std::string& path) {
    size_t slash = path.rfind('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return name.substr(0, name.size() - 3);  // ".md"
}

DocType type_from_section(const std::string& section) {
    if (section == "briefings") return DocType::briefing;
    if (section == "bulletins") return DocType::bulletin;
    if (section == "annual-reports") return DocType::annual_report;
    if (section == "arrangements") return DocType::arrangements;
    return DocType::page;
}

bool is_long_document(DocType type) { return type == DocType::annual_report || type == DocType::arrangements; }

/// Checks the bytes are text; reports binary, empty and invalid UTF-8 files.
bool check_text(const std::string& path, std::string_view text, Diagnostics& diagnostics) {
    if (text.find('\0') != std::string_view::npos) {
        diagnostics.error({path, 0, 0}, "not a text file (it contains binary data)",
                          "only Markdown files (.md) belong among the content's text files");
        return false;
    }
    size_t bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
        diagnostics.error(location_of_offset(text, bad, path), "invalid UTF-8 text",
                          "save the file with UTF-8 encoding");
        return false;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        diagnostics.error({path, 0, 0}, "empty file", "a content file needs front matter with at least a title");
        return false;
    }
    return true;
}

}  // namespace

size_t find_invalid_utf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return i;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        if (length == 2 && c < 0xC2) return i;  // overlong
        i += length;
    }
    return std::string_view::npos;
}

std::vector<std::string_view> load_documents(const FileMap& files, Site& site, Diagnostics& diagnostics) {
    std::vector<LoadedSource> sources;
    // Pass 1: read every Markdown file's front matter.
    for (const auto& [path, bytes] : files) {
        if (path.compare(0, content_prefix.size(), content_prefix) != 0 || !ends_with(path, ".md")) continue;
        if (!check_text(path, bytes, diagnostics)) continue;
        SplitSource split;
        if (!split_front_matter(bytes, path, split, diagnostics)) continue;
        LoadedSource source;
        Document& doc = source.document;
        doc.source_path = path;
        doc.body_first_line = split.body_first_line;
        doc.meta = parse_front_matter(split.yaml, path, split.yaml_first_line, diagnostics);
        source.body = split.body;
        sources.push_back(std::move(source));
    }

    // Pass 2: bundles are folders whose index.md is a long document.
    std::map<std::string, size_t> bundle_of_dir;  // content-relative dir → index in sources
    for (size_t i = 0; i < sources.size(); ++i) {
        Document& doc = sources[i].document;
        std::string rel = doc.source_path.substr(content_prefix.size());
        std::string dir = parent_dir(rel);
        if (file_stem(rel) != "index" || dir.empty()) continue;
        DocType type = doc.meta.type.value_or(type_from_section(first_component(dir)));
        if (is_long_document(type)) bundle_of_dir[dir] = i;
    }

    // Pass 3: type, section, slug, URL and publication state (bundle indexes first: sections use their URL).
    std::vector<size_t> order;
    std::vector<bool> is_index(sources.size(), false);
    for (const auto& [dir, index] : bundle_of_dir) {
        order.push_back(index);
        is_index[index] = true;
    }
    for (size_t i = 0; i < sources.size(); ++i)
        if (!is_index[i]) order.push_back(i);
    std::map<std::string, std::string> url_owner;
    for (size_t position : order) {
        Document& doc = sources[position].document;
        std::string rel = doc.source_path.substr(content_prefix.size());
        std::string dir = parent_dir(rel);
        std::string stem = file_stem(rel);
        doc.section = first_component(dir);
        auto bundle = bundle_of_dir.find(dir);
        const Document* index = bundle != bundle_of_dir.end() ? &sources[bundle->second].document : nullptr;
        doc.type = doc.meta.type.value_or(index ? index->meta.type.value_or(type_from_section(doc.section))
                                                : type_from_section(doc.section));
        if (index && index == &doc) {
            doc.bundle_index = true;
            std::string last = dir.substr(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/') + 1);
            doc.slug = doc.meta.slug.empty() ? slugify(last) : doc.meta.slug;
            std::string parent = parent_dir(dir);
            doc.url = (parent.empty() ? "" : parent + "/") + doc.slug + "/";
        } else {
            doc.slug = doc.meta.slug.empty() ? slugify(stem) : doc.meta.slug;
            std::string base = index ? index->url : (dir.empty() ? std::string{} : dir + "/");
            doc.url = stem == "index" && !index ? base : base + doc.slug + "/";
        }
        const FrontMatter& state = index ? index->meta : doc.meta;  // sections follow their bundle
        bool embargoed = !state.publish_after.empty() && state.publish_after > site.build_date;
        bool own_embargo = !doc.meta.publish_after.empty() && doc.meta.publish_after > site.build_date;
        doc.published = site.drafts || !(state.draft || doc.meta.draft || embargoed || own_embargo);
        auto [owner, inserted] = url_owner.emplace(doc.url, doc.source_path);
        if (!inserted)
            diagnostics.error({doc.source_path, 1, 1},
                              "two documents have the same URL \"/" + doc.url + "\": " + owner->second + " and this file",
                              "give one of them a different file name or a \"slug:\"");
    }

    // Pass 4: documents and bundles in the site, sections in reading order.
    site.documents.clear();
    site.bundles.clear();
    std::vector<std::string_view> bodies;
    for (auto& source : sources) {
        site.documents.push_back(std::move(source.document));
        bodies.push_back(source.body);
    }
    std::map<std::string, std::vector<int>> documents_in_folder;  // one pass, not one per bundle
    for (size_t i = 0; i < site.documents.size(); ++i)
        documents_in_folder[parent_dir(site.documents[i].source_path)].push_back(static_cast<int>(i));
    for (const auto& [dir, index] : bundle_of_dir) {
        Bundle bundle;
        bundle.folder = std::string(content_prefix) + dir;
        bundle.index = static_cast<int>(index);
        for (int i : documents_in_folder[bundle.folder])
            if (i != static_cast<int>(index)) bundle.sections.push_back(i);
        std::stable_sort(bundle.sections.begin(), bundle.sections.end(), [&](int a, int b) {
            int wa = site.documents[a].meta.weight.value_or(INT_MAX);
            int wb = site.documents[b].meta.weight.value_or(INT_MAX);
            return wa != wb ? wa < wb : site.documents[a].source_path < site.documents[b].source_path;
        });
        int number = static_cast<int>(site.bundles.size());
        site.documents[index].bundle = number;
        for (int s : bundle.sections) site.documents[s].bundle = number;
        site.bundles.push_back(std::move(bundle));
    }
    return bodies;
}

}  // namespace publish
