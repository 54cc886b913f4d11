// publish new: the site's themes, reviews and reports through the usual readers; the text from
// new_document (pure); here only the questions, the checks and the one file written.
#include "cli/new_command.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/new_document.h"
#include "config/site_config.h"
#include "content/documents.h"
#include "data/data_store.h"
#include "io/clock.h"
#include "io/site_reader.h"

namespace publish {

namespace {

namespace fs = std::filesystem;


/// What the site already holds, read the way a build reads it. Problems in the site are left
/// for the build to report: a new document can be started in a site that does not build yet.
struct KnownSite {
    Site site;
    FileMap files;
    std::vector<Review> reviews;
};

void read_known_site(const Arguments& a, KnownSite& known) {
    Diagnostics ignored;
    read_site(a.site, known.files, ignored);
    DataStore store = load_data_store(known.files, ignored);
    known.site.config = read_site_config(store, ignored);
    known.site.data = read_site_data(store, known.site.config, ignored);
    if (known.site.data.reviews) known.reviews = *known.site.data.reviews;
    known.site.build_date = build_date_from_env();
    known.site.drafts = true;
    known.site.files = &known.files;
    load_documents(known.files, known.site, ignored);
}

bool known_review(const std::vector<Review>& reviews, const std::string& id) {
    for (const auto& r : reviews)
        if (r.id == id) return true;
    return false;
}

std::vector<std::string> review_ids(const std::vector<Review>& reviews) {
    std::vector<std::string> ids;
    for (const auto& r : reviews) ids.push_back(r.id);
    return ids;
}

/// The reviews there are, for a message; or where to add one.
std::string known_reviews_text(const std::vector<Review>& reviews) {
    if (reviews.empty()) return "data/reviews.json lists no reviews; use --review none for a bulletin on national learning\n";
    return "the reviews in data/reviews.json are:\n" + review_list(reviews) +
           "or use --review none for a bulletin on national learning\n";
}

/// The bulletin's review id ("" for none) from --review or, on a terminal, by asking. Returns
/// false (having said why) if there is none to be had.
bool choose_review(const Arguments& a, const std::vector<Review>& reviews, std::string& review) {
    review = a.review;
    if (review.empty()) {
        if (!isatty(STDIN_FILENO)) {
            std::cerr << "publish: new bulletin needs --review ID (the review it reports on); "
                      << known_reviews_text(reviews);
            return false;
        }
        std::cerr << "Which review does this bulletin report on?\n"
                  << (reviews.empty() ? std::string("  (data/reviews.json lists none)\n") : review_list(reviews))
                  << "Review id (Enter for none): " << std::flush;
        if (!std::getline(std::cin, review)) review.clear();
        while (!review.empty() && (review.back() == ' ' || review.back() == '\r')) review.pop_back();
        while (!review.empty() && review.front() == ' ') review.erase(0, 1);
        if (review.empty()) review = "none";
    }
    if (review == "none") {
        review.clear();
        return true;
    }
    if (known_review(reviews, review)) return true;
    std::string hint = did_you_mean(review, review_ids(reviews));
    std::cerr << "publish: unknown review \"" << review << "\"" << (hint.empty() ? "" : " (" + hint + ")") << "; "
              << known_reviews_text(reviews);
    return false;
}

}  // namespace

int new_command(const Arguments& a) {
    KnownSite known;
    read_known_site(a, known);
    if (!known.files.count("data/site.json")) {
        std::cerr << "publish: " << (fs::path(a.site) / "data/site.json").generic_string()
                  << " does not exist: run publish new in a site folder, or give --site DIR\n";
        return exit_usage;
    }
    NewDocument doc;
    doc.kind = a.new_kind;
    doc.title = a.new_title;
    doc.date = build_date_from_env();
    for (const auto& theme : known.site.config.themes) doc.theme_ids.push_back(theme.id);
    if (doc.kind == "bulletin" && !choose_review(a, known.reviews, doc.review)) return exit_usage;
    if (doc.kind == "report-section") {
        std::string error;
        auto place = report_section_place(known.site, a.report, error);
        if (!place) {
            std::cerr << "publish: " << error << '\n';
            return exit_usage;
        }
        doc.folder = place->folder;
        doc.weight = place->weight;
        doc.after = place->after;
        for (const auto& list : known.site.data.checklists)
            for (const auto& item : list.items) doc.checklist_ids.push_back(item.id);
    }

    std::string relative = new_document_path(doc);
    fs::path path = fs::path(a.site) / relative;
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) {
        std::cerr << relative << ": error: the file already exists; publish new never overwrites\n"
                  << "  hint: choose another title, or edit the file that is there\n";
        return exit_content;
    }
    fs::create_directories(path.parent_path(), ec);
    {
        std::ofstream file(path, std::ios::binary);
        file << new_document_text(doc);
        file.close();
        if (!file) {
            std::cerr << relative << ": error: cannot write the file\n";
            return exit_content;
        }
    }
    if (!a.quiet) std::printf("Wrote %s (a draft: preview it with publish serve; set \"draft: false\" when it is ready)\n", relative.c_str());
    return exit_ok;
}

}  // namespace publish
