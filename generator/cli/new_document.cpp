// Templates for publish new: briefing, bulletin, page, report section.
#include "cli/new_document.h"

#include "markdown/markdown.h"

namespace publish {

std::string new_document_path(const std::string& kind, const std::string& title) {
    std::string slug = slugify(title);
    if (kind == "briefing") return "content/briefings/" + slug + ".md";
    if (kind == "bulletin") return "content/bulletins/" + slug + ".md";
    if (kind == "report-section") return "content/annual-reports/" + slug + ".md";
    return "content/" + slug + ".md";
}

static std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string new_document_text(const std::string& kind, const std::string& title, const std::string& date,
                              const std::string& review) {
    std::string text = "---\ntitle: " + quoted(title) + "\ndate: " + date + "\n";
    text += "summary: \"One sentence for lists, search and the feed.\"\n";
    if (kind == "briefing" || kind == "bulletin") text += "themes: []\n";
    if (kind == "bulletin") text += "review: " + (review.empty() ? std::string("\"\"") : review) + "\n";
    if (kind == "report-section") text += "weight: 100\ncovers: []\n";
    text += "draft: true\n---\n\n";
    if (kind == "briefing") {
        static const char* sections[][2] = {
            {"Background", "What happened, or why this topic, in two or three sentences."},
            {"Why it matters", "The risk to children, and what local or national reviews found."},
            {"Information", "The facts a practitioner needs: definitions, figures, procedures."},
            {"Learning", "What we have learnt, as three or four short points."},
            {"Questions to reflect on", "Two or three questions for a team meeting or supervision."},
            {"What you should do", "The actions we ask of every practitioner."},
            {"Find out more", "Links to procedures, training and related briefings."}};
        for (const auto& s : sections) text += std::string("## ") + s[0] + "\n\n" + s[1] + "\n\n";
    } else if (kind == "bulletin") {
        text += "## What happened\n\nAn anonymised summary of the case.\n\n## What we learnt\n\n- A learning point.\n\n"
                "## What is changing\n\nThe actions agreed.\n\n## What you should do\n\nWhat we ask of practitioners.\n";
    } else {
        text += "## " + std::string(kind == "report-section" ? "What we did" : "Introduction") + "\n\nWrite here.\n";
    }
    return text;
}

}  // namespace publish
