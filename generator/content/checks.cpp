// Whole-site checks on documents: required fields, known ids, a briefing's seven sections,
// and the writing checks (warnings) on every published body.
#include <algorithm>
#include <unordered_set>

#include "content/documents.h"
#include "content/writing_checks.h"

namespace publish {

namespace {

std::vector<std::string> ids_of(const std::vector<Term>& terms) {
    std::vector<std::string> ids;
    for (const auto& t : terms) ids.push_back(t.id);
    return ids;
}

SourceLocation field_location(const Document& doc, const std::string& field) {
    auto found = doc.meta.field_locations.find(field);
    return found != doc.meta.field_locations.end() ? found->second : SourceLocation{doc.source_path, 1, 1};
}

/// "themes" → "theme", "priorities" → "priority": the field name for one id.
std::string singular(const std::string& field) {
    if (field.ends_with("ies")) return field.substr(0, field.size() - 3) + "y";
    return field.ends_with('s') ? field.substr(0, field.size() - 1) : field;
}

void check_ids(const Document& doc, const std::string& field, const std::vector<std::string>& used,
               const std::vector<std::string>& known, const std::string& what, Diagnostics& diagnostics) {
    for (const auto& id : used) {
        if (std::find(known.begin(), known.end(), id) != known.end()) continue;
        std::string hint = did_you_mean(id, known);
        if (hint.empty()) hint = what + " are defined in data/site.json";
        diagnostics.error(field_location(doc, field), "unknown " + singular(field) + " \"" + id + "\"",
                          hint);
    }
}

/// The ## headings at the top level of a briefing's body.
std::vector<const Node*> top_sections(const Node& body) {
    std::vector<const Node*> sections;
    for (const auto& block : body.children)
        if (block.kind == NodeKind::heading && block.level == 2) sections.push_back(&block);
    return sections;
}

void check_briefing(const Document& doc, Diagnostics& diagnostics) {
    auto sections = top_sections(doc.body);
    if (sections.size() == 7) return;
    SourceLocation where{doc.source_path, doc.body_first_line, 1};
    if (sections.size() > 7) where = {doc.source_path, sections[7]->line, sections[7]->column};
    diagnostics.error(where,
                      "a 7-minute briefing needs exactly seven \"##\" sections; this one has " +
                          std::to_string(sections.size()),
                      "usual sections: Background; Why it matters; Information; Learning; Questions to reflect on; "
                      "What you should do; Find out more");
}

}  // namespace

void check_front_matter(const Site& site, Diagnostics& diagnostics, const std::vector<int>* only) {
    std::vector<std::string> theme_ids = ids_of(site.config.themes);
    std::vector<std::string> priority_ids = ids_of(site.config.priorities);
    std::vector<std::string> review_ids;
    if (site.data.reviews)
        for (const auto& r : *site.data.reviews) review_ids.push_back(r.id);
    std::unordered_set<std::string> known_reviews(review_ids.begin(), review_ids.end());
    std::vector<std::string> checklist_ids;
    for (const auto& list : site.data.checklists)
        for (const auto& item : list.items) checklist_ids.push_back(item.id);

    std::vector<int> all;
    if (!only) {
        for (size_t i = 0; i < site.documents.size(); ++i) all.push_back(static_cast<int>(i));
        only = &all;
    }
    for (int i : *only) {
        const Document& doc = site.documents[i];
        if (doc.meta.title.empty() && !doc.meta.field_locations.count("title"))  // a wrong one is reported where it is
            diagnostics.error({doc.source_path, 2, 1}, "missing \"title\" in the front matter",
                              "add a line such as: title: Safer sleep for babies");
        bool dated = doc.type == DocType::briefing || doc.type == DocType::bulletin;
        if (dated && doc.meta.date.empty() && !doc.meta.field_locations.count("date"))
            diagnostics.error({doc.source_path, 2, 1},
                              std::string("missing \"date\": a ") + doc_type_name(doc.type) + " needs one",
                              "add a line such as: date: 2024-03-31");
        check_ids(doc, "themes", doc.meta.themes, theme_ids, "themes", diagnostics);
        check_ids(doc, "priorities", doc.meta.priorities, priority_ids, "priorities", diagnostics);
        if (!doc.meta.review.empty() && !known_reviews.count(doc.meta.review)) {
            std::string hint = did_you_mean(doc.meta.review, review_ids);
            diagnostics.error(field_location(doc, "review"), "unknown review \"" + doc.meta.review + "\"",
                              hint.empty() ? "reviews are listed in data/reviews.json" : hint);
        }
        for (const auto& id : doc.meta.covers)
            if (std::find(checklist_ids.begin(), checklist_ids.end(), id) == checklist_ids.end())
                diagnostics.error(field_location(doc, "covers"), "unknown checklist item \"" + id + "\"",
                                  checklist_ids.empty() ? "checklist items are listed in data/checklists.json"
                                                        : did_you_mean(id, checklist_ids));
    }
}

void check_body(const Document& doc, Diagnostics& diagnostics) {
    if (!doc.published) return;
    if (doc.type == DocType::briefing && !doc.bundle_index) check_briefing(doc, diagnostics);
    check_writing(doc.body, doc.source_path, diagnostics);
}

void check_documents(const Site& site, Diagnostics& diagnostics, const std::vector<int>* only) {
    check_front_matter(site, diagnostics, only);
    if (only)
        for (int i : *only) check_body(site.documents[i], diagnostics);
    else
        for (const auto& doc : site.documents) check_body(doc, diagnostics);
}

}  // namespace publish
