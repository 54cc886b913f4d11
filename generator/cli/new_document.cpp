// Templates for publish new: briefing, bulletin, page, report section.
#include "cli/new_document.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "data/readers.h"
#include "markdown/markdown.h"

namespace publish {

namespace {

const std::string reports_root = "content/annual-reports/";

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

/// A heading and the line of guidance under it.
struct Section {
    const char* heading;
    const char* guidance;
};

const std::vector<Section> briefing_sections{
    {"Background", "What happened, or why this topic, in two or three sentences."},
    {"Why it matters", "The risk to children, and what local or national reviews found."},
    {"Information", "The facts a practitioner needs: definitions, figures, procedures."},
    {"Learning", "What we have learnt, as three or four short points."},
    {"Questions to reflect on", "Two or three questions for a team meeting or supervision."},
    {"What you should do", "The actions we ask of every practitioner."},
    {"Find out more", "Links to procedures, training and related briefings, each named for where it goes."}};

const std::vector<Section> bulletin_sections{
    {"What happened", "An anonymised summary of the case: no names, places or dates that identify a child."},
    {"What we learnt", "The learning, as short points."},
    {"What is changing", "The actions the partners agreed (the review's actions are shown beside this)."},
    {"What you should do", "What we ask of practitioners from now on."}};

const std::vector<Section> report_sections{
    {"What we did", "What the partnership did in the year, with figures from the data files."},
    {"What difference it made", "The difference for children and families, and how we know."},
    {"What we will do next", "Next year's priorities for this area."}};

const std::vector<Section> page_sections{
    {"Introduction", "What this page is for and who it is for, in a sentence or two."}};

const std::vector<Section>& sections_of(const std::string& kind) {
    if (kind == "briefing") return briefing_sections;
    if (kind == "bulletin") return bulletin_sections;
    if (kind == "report-section") return report_sections;
    return page_sections;
}

std::string themes_lines(const std::vector<std::string>& theme_ids) {
    std::string comment = theme_ids.empty() ? "# themes: data/site.json defines no themes yet\n"
                                            : "# themes: any of the site's themes (data/site.json): " + joined(theme_ids) + "\n";
    return comment + "themes: []\n";
}

std::string report_lines(const NewDocument& doc) {
    std::string text;
    if (doc.weight) {
        text += "# weight: orders the sections; this one comes after " +
                (doc.after.empty() ? std::string("the others") : doc.after) + "\n";
        text += "weight: " + std::to_string(*doc.weight) + "\n";
    } else {
        text += "# weight: none of this report's sections has one, so they are ordered by file name\n";
    }
    text += doc.checklist_ids.empty()
                ? "# covers: the checklist items this section meets (data/checklists.json)\n"
                : "# covers: the checklist items this section meets (data/checklists.json): " + joined(doc.checklist_ids) + "\n";
    return text + "covers: []\n";
}

}  // namespace

std::string new_document_path(const NewDocument& doc) {
    std::string slug = slugify(doc.title);
    if (doc.kind == "briefing") return "content/briefings/" + slug + ".md";
    if (doc.kind == "bulletin") return "content/bulletins/" + slug + ".md";
    if (doc.kind == "report-section") return doc.folder + "/" + slug + ".md";
    return "content/" + slug + ".md";
}

std::string new_document_text(const NewDocument& doc) {
    std::string text = "---\ntitle: " + quoted(doc.title) + "\ndate: " + doc.date + "\n";
    text += "summary: \"One sentence for lists, search and the feed.\"\n";
    text += themes_lines(doc.theme_ids);
    if (doc.kind == "bulletin" && !doc.review.empty()) text += "review: " + doc.review + "\n";
    if (doc.kind == "report-section") text += report_lines(doc);
    text += "draft: true\n---\n";
    for (const auto& s : sections_of(doc.kind)) text += std::string("\n## ") + s.heading + "\n\n" + s.guidance + "\n";
    return text;
}

std::optional<ReportPlace> report_section_place(const Site& site, const std::string& report, std::string& error) {
    std::string wanted = report;
    if (wanted.starts_with("./")) wanted.erase(0, 2);
    while (!wanted.empty() && wanted.back() == '/') wanted.pop_back();
    if (!wanted.empty() && !wanted.starts_with(reports_root)) wanted = reports_root + wanted;

    const Bundle* chosen = nullptr;
    std::vector<std::string> folders;
    auto newer = [&](const Bundle& a, const Bundle& b) {
        return std::tie(site.documents[a.index].meta.period, a.folder) >
               std::tie(site.documents[b.index].meta.period, b.folder);
    };
    for (const auto& bundle : site.bundles) {
        if (!bundle.folder.starts_with(reports_root) || bundle.index < 0) continue;
        folders.push_back(bundle.folder);
        if (wanted.empty() ? (!chosen || newer(bundle, *chosen)) : bundle.folder == wanted) chosen = &bundle;
    }
    if (!chosen) {
        std::sort(folders.begin(), folders.end());
        if (folders.empty()) error = "there is no annual report yet: make a folder under content/annual-reports/ with an index.md";
        else error = "no annual report in \"" + wanted + "\"; the reports are: " + joined(folders);
        return std::nullopt;
    }
    ReportPlace place{chosen->folder, std::nullopt, ""};
    for (size_t i = 0; i < site.documents.size(); ++i) {
        const Document& d = site.documents[i];
        if (d.bundle < 0 || &site.bundles[d.bundle] != chosen || d.bundle_index || !d.meta.weight) continue;
        if (!place.weight || *d.meta.weight >= *place.weight) {
            place.weight = *d.meta.weight;
            place.after = d.source_path.substr(d.source_path.rfind('/') + 1);
        }
    }
    if (place.weight) place.weight = (*place.weight / 10 + 1) * 10;
    return place;
}

std::string review_list(const std::vector<Review>& reviews) {
    size_t width = 0;
    for (const auto& r : reviews) width = std::max(width, r.id.size());
    std::string out;
    for (const auto& r : reviews) {
        std::string type = review_type_title(r.type);
        if (!type.empty()) type[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(type[0])));
        out += "  " + r.id + std::string(width - r.id.size() + 2, ' ') + type + ": " + r.title + "\n";
    }
    return out;
}

}  // namespace publish
