// Checklist coverage from `covers:` front matter, the {{< checklist >}} appendix table and the check report.
#include "shortcodes/checklist.h"

#include <algorithm>

#include "markdown/url.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

namespace {

/// The documents a {{< checklist >}} in `file` measures: its bundle, or the publications of that type.
std::vector<int> scope_of(const Site& site, const Checklist& checklist, const std::string& file) {
    for (size_t i = 0; i < site.documents.size(); ++i) {
        const Document& doc = site.documents[i];
        if (doc.source_path != file || doc.bundle < 0) continue;
        const Bundle& bundle = site.bundles[doc.bundle];
        std::vector<int> scope{bundle.index};
        scope.insert(scope.end(), bundle.sections.begin(), bundle.sections.end());
        return scope;
    }
    std::vector<int> scope;
    for (const auto& publication : checklist_publications(site, checklist))
        scope.insert(scope.end(), publication.begin(), publication.end());
    return scope;
}

Node link_to(const Document& target, const std::string& from) {
    Node link = make_node(NodeKind::link);
    link.attributes().url = relative_path(parent_folder(from), target.source_path);
    link.children.push_back(make_node(NodeKind::text, target.meta.title));
    return link;
}

}  // namespace

ChecklistCoverage checklist_coverage(const Site& site, const Checklist& checklist, const std::vector<int>& documents) {
    ChecklistCoverage coverage;
    coverage.checklist = &checklist;
    for (const auto& item : checklist.items) {
        CoveredItem covered{&item, {}};
        for (int i : documents) {
            if (i < 0 || static_cast<size_t>(i) >= site.documents.size()) continue;
            const Document& doc = site.documents[i];
            if (!doc.published) continue;
            const auto& covers = doc.meta.covers;
            if (std::find(covers.begin(), covers.end(), item.id) != covers.end()) covered.documents.push_back(&doc);
        }
        if (covered.documents.empty()) ++coverage.missing;
        coverage.items.push_back(std::move(covered));
    }
    return coverage;
}

std::vector<std::vector<int>> checklist_publications(const Site& site, const Checklist& checklist) {
    std::vector<std::vector<int>> out;
    for (const auto& bundle : site.bundles) {
        if (bundle.index < 0) continue;
        const Document& index = site.documents[bundle.index];
        if (!index.published || checklist.id != doc_type_name(index.type)) continue;
        std::vector<int> docs{bundle.index};
        docs.insert(docs.end(), bundle.sections.begin(), bundle.sections.end());
        out.push_back(std::move(docs));
    }
    for (size_t i = 0; i < site.documents.size(); ++i) {
        const Document& doc = site.documents[i];
        if (doc.bundle < 0 && doc.published && checklist.id == doc_type_name(doc.type))
            out.push_back({static_cast<int>(i)});
    }
    return out;
}

ChecklistReport checklist_report(const Site& site) {
    ChecklistReport report;
    for (const auto& checklist : site.data.checklists) {
        for (const auto& publication : checklist_publications(site, checklist)) {
            const Document& named = site.documents[publication.front()];
            ChecklistCoverage coverage = checklist_coverage(site, checklist, publication);
            int total = static_cast<int>(coverage.items.size());
            std::string where = named.bundle >= 0 ? site.bundles[named.bundle].folder : named.source_path;
            report.lines.push_back("Checklist \"" + checklist.id + "\" in " + where + " (" + named.meta.title +
                                   "): " + std::to_string(total - coverage.missing) + " of " + std::to_string(total) +
                                   " requirements covered");
            for (const auto& item : coverage.items) {
                if (item.documents.empty()) {
                    report.lines.push_back("  missing  " + item.item->id + ": " + item.item->title);
                    continue;
                }
                std::string by;
                for (const Document* doc : item.documents)
                    by += (by.empty() ? "" : "; ") + doc->meta.title + " (" + doc->source_path + ")";
                report.lines.push_back("  covered  " + item.item->id + ": " + by);
            }
            report.missing += coverage.missing;
        }
    }
    return report;
}

std::vector<Node> render_checklist(const ShortcodeInput& input) {
    if (!input.need_file("checklists")) return {};
    const auto& lists = input.data().checklists;
    std::vector<std::string> ids;
    for (const auto& list : lists) ids.push_back(list.id);
    std::string id = input.arg("id");
    if (id.empty() && lists.size() == 1) id = lists.front().id;
    auto found = std::find_if(lists.begin(), lists.end(), [&](const Checklist& c) { return c.id == id; });
    if (found == lists.end()) {
        std::string list;
        for (const auto& known : ids) list += (list.empty() ? "" : ", ") + known;
        std::string hint = did_you_mean(id, ids);
        input.error(id.empty() ? "checklist needs id=\"…\"" : "unknown checklist \"" + id + "\" in " + input.data_source("checklists"),
                    hint.empty() ? (list.empty() ? "" : "checklists: " + list) : hint);
        return {};
    }
    const std::string& file = input.call.where.file;
    input.record("documents");  // coverage comes from every document's covers:
    ChecklistCoverage coverage = checklist_coverage(input.context.site, *found, scope_of(input.context.site, *found, file));

    std::vector<Node> rows;
    rows.push_back(table_row(node_list(table_cell("Requirement"), table_cell("Where it is met")), true));
    for (const auto& item : coverage.items) {
        Node where = make_node(NodeKind::table_cell);
        if (item.documents.empty()) where.children.push_back(make_node(NodeKind::text, "Not covered in this report"));
        for (size_t i = 0; i < item.documents.size(); ++i) {
            if (i > 0) where.children.push_back(make_node(NodeKind::text, "; "));
            where.children.push_back(link_to(*item.documents[i], file));
        }
        rows.push_back(table_row(node_list(table_cell(item.item->title, 0, true), std::move(where))));
    }
    std::string caption = found->title + (found->source.empty() ? "" : " (" + found->source + ")");
    std::vector<Node> out;
    out.push_back(table(caption, "data-table checklist-table", std::move(rows)));
    return out;
}

}  // namespace publish
