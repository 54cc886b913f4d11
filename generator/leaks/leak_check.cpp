// check_for_leaks: search every output for every sensitive term; blame the source it came from.
#include "leaks/leak_check.h"

#include <algorithm>
#include <set>

#include "leaks/sensitive_terms.h"
#include "leaks/term_match.h"

namespace publish {

namespace {

/// At most this many source places are named for one leaked term.
constexpr size_t max_sources_per_term = 10;

/// One term as searched for, and the outputs it was found in.
struct Search {
    SensitiveTerm term;
    std::string normalized;
    std::vector<std::string> found_in;
};

bool found_in_any(const std::vector<std::string>& forms, const std::string& normalized) {
    for (const auto& form : forms)
        if (find_term(form, normalized) != std::string::npos) return true;
    return false;
}

/// "a", "a and b", "a, b and c", up to five named; then "a, b, c and 4 more outputs".
std::string describe_outputs(std::vector<std::string> paths) {
    std::sort(paths.begin(), paths.end());
    const size_t named = paths.size() <= 5 ? paths.size() : 3;
    std::string out;
    for (size_t i = 0; i < named; ++i) {
        if (i > 0) out += i + 1 == named && named == paths.size() ? " and " : ", ";
        out += paths[i];
    }
    if (named < paths.size()) out += " and " + std::to_string(paths.size() - named) + " more outputs";
    return out;
}

/// Source files a leak may be blamed on: content of published documents, data (not private),
/// themes. Drafts and embargoed documents are skipped: they are not what was published.
std::vector<std::pair<const std::string*, const std::string*>> blameable_sources(const LeakCheckInput& input) {
    std::set<std::string_view> unpublished;
    for (const auto& doc : input.site.documents)
        if (!doc.published) unpublished.insert(doc.source_path);
    std::vector<std::pair<const std::string*, const std::string*>> sources;
    for (const auto& [path, bytes] : input.files) {
        if (path.starts_with("data/private/") || unpublished.count(path)) continue;
        sources.push_back({&path, &bytes});
    }
    return sources;
}

/// Errors for one leaked term: at each source place that holds it, else at the term's line.
void report_leak(const Search& search, const LeakCheckInput& input, Diagnostics& diagnostics) {
    const std::string listed = search.term.where.file + ":" + std::to_string(search.term.where.line);
    const std::string outputs = describe_outputs(search.found_in);
    size_t reported = 0;
    for (const auto& [path, bytes] : blameable_sources(input)) {
        size_t at = find_term(*bytes, search.normalized);
        if (at == std::string::npos) continue;
        diagnostics.error(location_of_offset(*bytes, at, *path),
                          "a sensitive term (listed at " + listed + ") would be published in " + outputs,
                          "remove it from this file; the build refuses to publish it");
        if (++reported == max_sources_per_term) break;
    }
    if (reported == 0)
        diagnostics.error(search.term.where,
                          "this sensitive term would be published in " + outputs +
                              ", but no published source file holds it as written",
                          "it may be assembled from parts (data, markup); search the content for them");
}

}  // namespace

void check_for_leaks(const LeakCheckInput& input, Diagnostics& diagnostics) {
    auto list = input.files.find(std::string(sensitive_terms_path));
    if (list == input.files.end()) return;
    std::vector<Search> searches;
    for (auto& term : parse_sensitive_terms(list->second, list->first, diagnostics)) {
        std::string normalized = normalize_term(term.text);
        searches.push_back({std::move(term), std::move(normalized), {}});
    }
    if (searches.empty()) return;

    for (const auto& file : input.outputs) {
        const auto forms = readable_forms(file.path, file.bytes);
        for (auto& search : searches)
            if (found_in_any(forms, search.normalized)) search.found_in.push_back(file.path);
    }
    for (const auto& pdf : input.pdf_texts) {
        const auto forms = pdf_text_forms(pdf.text);
        for (auto& search : searches)
            if (found_in_any(forms, search.normalized) &&
                std::find(search.found_in.begin(), search.found_in.end(), pdf.path) == search.found_in.end())
                search.found_in.push_back(pdf.path);
    }
    for (const auto& search : searches)
        if (!search.found_in.empty()) report_leak(search, input, diagnostics);
}

}  // namespace publish
