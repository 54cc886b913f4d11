// A small site in memory and the real default theme, for the html/ tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "model/site.h"

namespace publish::test {

inline Node heading(int level, const std::string& text, const std::string& id) {
    Node h = make_node(NodeKind::heading);
    h.level = level;
    h.attributes().id = id;
    h.children.push_back(make_node(NodeKind::text, text));
    return h;
}

inline Node paragraph(const std::string& text) {
    Node p = make_node(NodeKind::paragraph);
    p.children.push_back(make_node(NodeKind::text, text));
    return p;
}

/// A document body: a paragraph under each `##` heading given.
inline Node body_with_sections(const std::vector<std::string>& headings) {
    Node body = make_node(NodeKind::document);
    for (size_t i = 0; i < headings.size(); ++i) {
        std::string id = "section-" + std::to_string(i + 1);
        body.children.push_back(heading(2, headings[i], id));
        body.children.push_back(paragraph("Text of " + headings[i] + "."));
    }
    return body;
}

inline Document document(const std::string& path, DocType type, const std::string& section, const std::string& url,
                         const std::string& title) {
    Document doc;
    doc.source_path = path;
    doc.type = type;
    doc.section = section;
    doc.url = url;
    doc.meta.title = title;
    std::string trimmed = url.empty() ? url : url.substr(0, url.size() - 1);  // "a/b/" → "a/b"
    doc.slug = trimmed.substr(trimmed.rfind('/') == std::string::npos ? 0 : trimmed.rfind('/') + 1);
    doc.body = make_node(NodeKind::document);
    doc.body.children.push_back(paragraph("Body of " + title + "."));
    return doc;
}

/// Indices of the documents of make_site().
enum TestDoc {
    home_doc, briefing_doc, bulletin_doc, report_index, report_intro, report_funding, report_training,
    about_doc, accessibility_doc, draft_doc, old_briefing_doc
};

/// The seven usual headings of a 7-minute briefing.
inline const std::vector<std::string>& briefing_headings() {
    static const std::vector<std::string> headings = {"Background", "Why it matters", "Information", "Learning",
                                                      "Questions to reflect on", "What you should do",
                                                      "Find out more"};
    return headings;
}

/// A partnership with a home page, two briefings (and one draft), a bulletin with its review,
/// an annual report of three sections, about and accessibility pages.
inline Site make_site() {
    Site site;
    SiteConfig& c = site.config;
    c.name = "Example Safeguarding Children Partnership";
    c.short_name = "ESCP";
    c.description = "We keep children in our area safe by working together.";
    c.base_url = "https://example.org/lscp/";
    c.base_path = "/lscp/";
    c.email = "escp@example.org";
    c.themes = {{"neglect", "Neglect", "Children whose needs are not met."}, {"safety-plans", "Safety plans", ""}};
    c.priorities = {{"exploitation", "Tackling child exploitation", ""}};
    site.build_date = "2024-03-01";

    auto& docs = site.documents;
    docs.push_back(document("content/index.md", DocType::page, "", "", "Welcome"));
    Document briefing = document("content/briefings/safer-sleep.md", DocType::briefing, "briefings",
                                 "briefings/safer-sleep/", "Safer sleep");
    briefing.meta.date = "2024-01-10";
    briefing.meta.updated = "2024-02-05";
    briefing.meta.review_date = "2025-01-10";
    briefing.meta.summary = "How to talk to families about safer sleep.";
    briefing.meta.themes = {"neglect"};
    briefing.meta.priorities = {"exploitation"};
    briefing.body = body_with_sections(briefing_headings());
    docs.push_back(briefing);
    Document bulletin = document("content/bulletins/safety-plans.md", DocType::bulletin, "bulletins",
                                 "bulletins/safety-plans/", "Safety plans at case closure");
    bulletin.meta.date = "2024-02-01";
    bulletin.meta.review = "RR-2023-02";
    bulletin.meta.themes = {"safety-plans"};
    bulletin.body = body_with_sections({"What happened", "What we learned"});
    docs.push_back(bulletin);
    Document index = document("content/annual-reports/2023-24/index.md", DocType::annual_report, "annual-reports",
                              "annual-reports/2023-24/", "Annual report 2023 to 2024");
    index.meta.period = "2023-24";
    index.meta.summary = "What the partnership did in 2023 to 2024.";
    index.bundle = 0;
    index.bundle_index = true;
    docs.push_back(index);
    for (auto [file, title] : {std::pair{"introduction", "Introduction"}, {"funding", "Funding"}, {"training", "Training"}}) {
        Document section = document(std::string("content/annual-reports/2023-24/") + file + ".md",
                                    DocType::annual_report, "annual-reports",
                                    std::string("annual-reports/2023-24/") + file + "/", title);
        section.bundle = 0;
        section.body = body_with_sections({std::string(title) + " in detail"});
        docs.push_back(section);
    }
    docs.push_back(document("content/about.md", DocType::page, "", "about/", "About us"));
    docs.push_back(document("content/accessibility.md", DocType::page, "", "accessibility/", "Accessibility statement"));
    Document draft = document("content/briefings/draft-one.md", DocType::briefing, "briefings",
                              "briefings/draft-one/", "Unfinished briefing");
    draft.meta.date = "2024-02-20";
    draft.meta.draft = true;
    draft.published = false;
    draft.body = body_with_sections(briefing_headings());
    docs.push_back(draft);
    Document old = document("content/briefings/neglect.md", DocType::briefing, "briefings", "briefings/neglect/",
                            "Neglect");
    old.meta.date = "2023-05-01";
    old.meta.themes = {"neglect"};
    old.body = body_with_sections(briefing_headings());
    docs.push_back(old);

    Bundle bundle;
    bundle.folder = "content/annual-reports/2023-24";
    bundle.index = report_index;
    bundle.sections = {report_intro, report_funding, report_training};
    site.bundles.push_back(bundle);

    Review review;
    review.id = "RR-2023-02";
    review.type = "rapid-review";
    review.title = "Ownership of safety plans at case closure";
    review.status = "completed";
    review.started = "2023-11-02";
    review.completed = "2023-12-14";
    review.themes = {"safety-plans"};
    review.summary = "A review of how safety plans are handed over.";
    review.learning = {"Name an owner for every safety plan.", "Check plans before closing a case."};
    review.actions = {{"Update the closure checklist", "Children's Services", "2024-06-30", "done"},
                      {"Audit safety plans", "Health", "2024-09-30", "overdue"}};
    Review second = review;
    second.id = "LCSPR-2024-01";
    second.type = "lcspr";
    second.title = "A second review";
    second.status = "in-progress";
    second.completed = "";
    second.actions.clear();
    site.data.reviews = std::vector<Review>{review, second};
    return site;
}

/// Every file of themes/default from the source tree, keyed "themes/default/…".
inline FileMap default_theme_files() {
    FileMap files;
    std::filesystem::path root = std::filesystem::path(PUBLISH_SOURCE_DIR) / "themes" / "default";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files["themes/default/" + std::filesystem::relative(entry.path(), root).generic_string()] = bytes.str();
    }
    return files;
}

/// How many times `needle` occurs in `haystack`.
inline size_t count_of(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + needle.size()))
        ++n;
    return n;
}

}  // namespace publish::test
