// Site settings and content documents: plain structs shared by every step.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/data.h"
#include "model/document.h"

namespace publish {

/// An id with a display title (themes, priorities, checklist items).
struct Term {
    std::string id;
    std::string title;
    std::string description;
};

/// One body in the governance tree (Assurance Executive → … → subgroups).
struct GovernanceBody {
    std::string name;
    std::string chair;
    std::string description;
    std::vector<GovernanceBody> children;
};

struct Partner {
    std::string name;
    std::string role;  ///< statutory, relevant or other
};

/// Everything `data/site.json` says.
struct SiteConfig {
    std::string name;
    std::string short_name;
    std::string description;   ///< one paragraph: who the partnership is (home page, meta)
    std::string base_url;      ///< always ends with '/'
    std::string base_path;     ///< path part of base_url, always starts and ends with '/'
    std::string language = "en-GB";
    std::string theme = "default";
    std::string year_starts = "04-01";  ///< MM-DD on which a reporting period starts
    std::string logo;          ///< optional path under content/
    std::string email, phone, address;
    std::vector<Term> priorities;
    std::vector<Term> themes;
    std::vector<Partner> partners;
    std::optional<GovernanceBody> governance;
};

enum class DocType { page, briefing, bulletin, annual_report, arrangements };

/// "briefing", "annual-report", …
const char* doc_type_name(DocType type);
/// Parses a type name; false if unknown.
bool parse_doc_type(const std::string& name, DocType& out);

/// Front matter of one content file, with the place each field was written.
struct FrontMatter {
    std::string title;
    std::optional<DocType> type;
    std::string date, updated, review_date, publish_after;  ///< YYYY-MM-DD or ""
    std::string summary;
    std::vector<std::string> themes, priorities, covers;
    std::string review;
    std::string period;
    bool draft = false;
    std::optional<bool> pdf;
    std::string slug;
    std::optional<int> weight;
    std::map<std::string, SourceLocation> field_locations;  ///< key → where its value starts
};

/// One content file after parsing: its metadata, where it goes and its tree.
struct Document {
    std::string source_path;   ///< relative to the site: content/briefings/safer-sleep.md
    int body_first_line = 1;   ///< line of the source where the Markdown body starts
    FrontMatter meta;
    DocType type = DocType::page;
    std::string section;       ///< first folder under content/ ("briefings"), "" for top-level pages
    std::string slug;
    std::string url;           ///< site-relative URL path: "briefings/safer-sleep/" ("" for home)
    Node body;                 ///< NodeKind::document
    bool published = true;     ///< false for drafts and embargoed documents (unless --drafts)
    int bundle = -1;           ///< index into Site::bundles if this is part of a bundle
    bool bundle_index = false; ///< the bundle's index.md
};

/// A long document (annual report, arrangements): an index and its ordered sections.
struct Bundle {
    std::string folder;        ///< content/annual-reports/2023-24
    int index = -1;            ///< index into Site::documents of index.md
    std::vector<int> sections; ///< indices into Site::documents, in reading order
};

/// Site files in memory: path relative to the site root ("content/images/logo.png") → bytes.
using FileMap = std::map<std::string, std::string>;

/// One file to publish: path relative to output/ and its bytes.
struct OutputFile {
    std::string path;
    std::string bytes;
};

/// What a web page says about its PDF: "PDF, 12 pages, 240 KB".
struct PdfInfo {
    std::string url;     ///< site-relative URL of the PDF ("briefings/safer-sleep/safer-sleep.pdf")
    int pages = 0;
    size_t bytes = 0;
};

/// The whole loaded site: settings, data, documents in a stable order.
struct Site {
    SiteConfig config;
    SiteData data;
    std::vector<Document> documents;  ///< every content file, published or not (check `published`)
    std::vector<Bundle> bundles;
    std::string build_date;           ///< YYYY-MM-DD (SOURCE_DATE_EPOCH or today), set by the CLI
    std::string build_timestamp;      ///< RFC 3339 UTC for feeds/sitemap
    bool drafts = false;              ///< --drafts: drafts and embargoed documents are shown
    const FileMap* files = nullptr;   ///< every site file (content/, data/, themes/) in memory
};

}  // namespace publish
