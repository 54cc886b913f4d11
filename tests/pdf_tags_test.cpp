// Tagged PDF on every example PDF, checked with real tools: pdfinfo (-struct-text), qpdf (--check, --qdf).
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "support.h"

using namespace publish_test;

namespace {

/// One element of `pdfinfo -struct-text`: its type and attributes line, depth, and kids in order
/// (elements, and marked content as kids with an empty type and their text).
struct Tag {
    std::string type, line, text;
    int depth = 0;
    std::vector<Tag> kids;
};

/// Parses the indented tree pdfinfo prints: "Document", "  H1 (block)", "    \"Title\"".
Tag parse_struct_text(const std::string& out) {
    Tag root;
    root.depth = -1;
    std::vector<Tag*> stack{&root};
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) continue;
        int depth = static_cast<int>(indent) / 2;
        while (stack.size() > 1 && stack.back()->depth >= depth) stack.pop_back();
        std::string body = line.substr(indent);
        if (body[0] == '"') {  // content: text of one marked-content sequence, a kid without a type
            Tag content;
            content.text = body.substr(1, body.size() >= 2 ? body.size() - 2 : 0) + "\n";
            content.depth = depth;
            stack.back()->kids.push_back(content);
            continue;
        }
        if (body[0] == '/') {  // an attribute of the element above: "   /Scope /Column"
            stack.back()->line += " " + body;
            continue;
        }
        Tag tag;
        tag.type = body.substr(0, body.find_first_of(" :"));
        tag.line = body;
        tag.depth = depth;
        stack.back()->kids.push_back(tag);
        stack.push_back(&stack.back()->kids.back());
    }
    return root;
}

/// All text of a tag and its descendants, in structure order.
std::string all_text(const Tag& t) {
    std::string out = t.text;
    for (const auto& k : t.kids) out += all_text(k);
    return out;
}

void collect(const Tag& t, const std::string& type, std::vector<const Tag*>& out) {
    if (t.type == type || (type == "H" && t.type.size() == 2 && t.type[0] == 'H' && std::isdigit(static_cast<unsigned char>(t.type[1]))))
        out.push_back(&t);
    for (const auto& k : t.kids) collect(k, type, out);
}

std::vector<const Tag*> find_all(const Tag& root, const std::string& type) {
    std::vector<const Tag*> out;
    collect(root, type, out);
    return out;
}

/// Words of text read through the tags. Each marked-content sequence is a line; a hyphen between
/// letters counts as a line-end hyphen, so a word hyphenated by layout ("safe-guarding") joins
/// again and a compound ("multi-agency") is matched by in_order as its two halves joined.
std::vector<std::string> structure_words(std::string text) {
    for (size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == '-' && std::isalpha(static_cast<unsigned char>(text[i - 1])) && std::isalpha(static_cast<unsigned char>(text[i + 1])))
            text.insert(i + 1, "\n");
    return words_of(text);
}

Tag structure_of(const fs::path& pdf) { return parse_struct_text(run_shell("pdfinfo -struct-text " + quoted(pdf) + " 2>/dev/null")); }

/// Headings of a Markdown body: level and words.
std::vector<std::pair<int, std::vector<std::string>>> markdown_headings(const std::string& markdown) {
    std::vector<std::pair<int, std::vector<std::string>>> out;
    std::istringstream lines(markdown);
    std::string line;
    bool fence = false;
    while (std::getline(lines, line)) {
        if (line.rfind("```", 0) == 0) fence = !fence;
        if (fence || line.empty() || line[0] != '#') continue;
        size_t level = line.find_first_not_of('#');
        if (level == std::string::npos || line[level] != ' ') continue;
        out.push_back({static_cast<int>(level), words_of(line.substr(level))});
    }
    return out;
}

/// Objects of a PDF as qpdf writes them in QDF form (one key per line), split at "endobj".
std::vector<std::string> qdf_objects(const fs::path& pdf) {
    std::string qdf = run_shell("qpdf --qdf --object-streams=disable " + quoted(pdf) + " - 2>/dev/null");
    std::vector<std::string> out;
    size_t at = 0;
    for (size_t end; (end = qdf.find("endobj", at)) != std::string::npos; at = end + 6) out.push_back(qdf.substr(at, end - at));
    return out;
}

fs::path source_of(const std::string& path) {
    std::string slug = fs::path(path).stem().string();
    std::string section = path.substr(0, path.find('/'));
    return source_dir() / "content" / section / (slug + ".md");
}

bool is_single(const std::string& path) { return path.rfind("briefings/", 0) == 0 || path.rfind("bulletins/", 0) == 0; }

}  // namespace

TEST_CASE("every PDF is tagged, version 1.7, and poppler reads its structure without a warning") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        fs::path pdf = example_site().out / path;
        std::string info = run_shell("pdfinfo " + quoted(pdf) + " 2>&1");
        CHECK(std::regex_search(info, std::regex(R"(Tagged:\s+yes)")));
        CHECK(std::regex_search(info, std::regex(R"(PDF version:\s+1\.7)")));
        std::string warnings = run_shell("pdfinfo -struct-text " + quoted(pdf) + " 2>&1 >/dev/null");
        CHECK(warnings.empty());
        std::string text_warnings = run_shell("pdftotext " + quoted(pdf) + " /dev/null 2>&1");
        CHECK(text_warnings.empty());
        int status = -1;
        run_shell("qpdf --check " + quoted(pdf) + " >/dev/null 2>&1", &status);
        CHECK(status == 0);
    }
}

TEST_CASE("the catalog carries language, title display, XMP metadata with PDF/UA identification and a structure tree") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        fs::path pdf = example_site().out / path;
        std::string meta = run_shell("pdfinfo -meta " + quoted(pdf) + " 2>/dev/null");
        CHECK(meta.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
        CHECK(meta.find("<dc:title>") != std::string::npos);
        CHECK(meta.find("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>") != std::string::npos);
        CHECK(meta.find("<xmp:CreateDate>2024-06-01T00:00:00Z</xmp:CreateDate>") != std::string::npos);
        std::string catalog;
        for (const auto& obj : qdf_objects(pdf))
            if (obj.find("/Type /Catalog") != std::string::npos) catalog = obj;
        CHECK(catalog.find("/Lang (en-GB)") != std::string::npos);
        CHECK(catalog.find("/DisplayDocTitle true") != std::string::npos);
        CHECK(catalog.find("/Marked true") != std::string::npos);
        CHECK(catalog.find("/StructTreeRoot") != std::string::npos);
        CHECK(catalog.find("/Metadata") != std::string::npos);
    }
}

TEST_CASE("every page tabs in structure order, every link annotation is in the structure with a description") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        int pages = 0, links = 0;
        for (const auto& obj : qdf_objects(example_site().out / path)) {
            if (obj.find("/Type /Page\n") != std::string::npos) {
                ++pages;
                CHECK(obj.find("/Tabs /S") != std::string::npos);
                CHECK(obj.find("/StructParents") != std::string::npos);
            }
            if (obj.find("/Subtype /Link") != std::string::npos) {
                ++links;
                CHECK(obj.find("/StructParent ") != std::string::npos);
                CHECK(obj.find("/Contents") != std::string::npos);
            }
        }
        CHECK(pages >= 1);
        if (path.rfind("annual-reports/", 0) == 0) CHECK(links > 0);
    }
}

TEST_CASE("the structure tree follows the document model: headings in order and level, tables, figures") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        fs::path pdf = example_site().out / path;
        Tag root = structure_of(pdf);
        REQUIRE(root.kids.size() == 1);
        CHECK(root.kids[0].type == "Document");
        // Headings start at H1 and never skip a level.
        auto headings = find_all(root, "H");
        REQUIRE(!headings.empty());
        CHECK(headings[0]->type == "H1");
        int previous = 0;
        for (const auto* h : headings) {
            int level = h->type[1] - '0';
            INFO(h->type << " " << all_text(*h));
            CHECK(level <= previous + 1);
            previous = level;
        }
        // Every heading of the source, in order, with its words and level (## is H2 in a briefing or bulletin).
        if (is_single(path) && fs::exists(source_of(path))) {
            std::string all;
            size_t at = 0;
            for (const auto& [level, words] : markdown_headings(read_file(source_of(path)))) {
                bool found = false;
                for (; at < headings.size() && !found; ++at) {
                    std::string missing;
                    found = in_order(words, words_of(all_text(*headings[at])), &missing);
                    if (found) CHECK(headings[at]->type == "H" + std::to_string(level));
                }
                INFO("heading: " << (words.empty() ? "" : words[0]));
                CHECK(found);
            }
        }
        // Tables: the first row of each has header cells scoped to their column; rows hold cells.
        for (const auto* table : find_all(root, "Table")) {
            std::vector<const Tag*> rows;
            for (const auto& k : table->kids)
                if (k.type == "TR") rows.push_back(&k);
            REQUIRE(!rows.empty());
            auto ths = find_all(*rows[0], "TH");
            CHECK(!ths.empty());
            for (const auto* th : ths) CHECK(th->line.find("/Scope") != std::string::npos);
        }
        if (path.rfind("annual-reports/", 0) == 0) {
            CHECK(find_all(root, "Table").size() >= 2);  // funding and training
            CHECK(!find_all(root, "TOC").empty());
            CHECK(!find_all(root, "TOCI").empty());
        }
    }
}

TEST_CASE("every figure has its alternative text") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        int figures = 0;
        for (const auto& obj : qdf_objects(example_site().out / path))
            if (obj.find("/S /Figure") != std::string::npos) {
                ++figures;
                static const std::regex alt(R"(/Alt (\([^)]|<[0-9a-fA-F]{8}))");
                CHECK(std::regex_search(obj, alt));
            }
        if (path.rfind("annual-reports/", 0) == 0) CHECK(figures >= 1);  // charts and logo
    }
}

TEST_CASE("the briefing's seven panels are seven sections, in order 1 to 7") {
    for (const auto& path : example_pdf_paths()) {
        if (path.rfind("briefings/", 0) != 0) continue;
        INFO(path);
        Tag root = structure_of(example_site().out / path);
        REQUIRE(root.kids.size() == 1);
        std::vector<const Tag*> panels;
        for (const auto& k : root.kids[0].kids)
            if (k.type == "Sect") panels.push_back(&k);
        REQUIRE(panels.size() == 7);
        for (size_t i = 0; i < panels.size(); ++i) {
            REQUIRE(!panels[i]->kids.empty());
            CHECK(panels[i]->kids[0].type == "H2");
            auto words = words_of(all_text(panels[i]->kids[0]));
            REQUIRE(!words.empty());
            CHECK(words[0] == std::to_string(i + 1));
        }
    }
}

TEST_CASE("text read through the structure tree holds every word of the source in order and no page furniture") {
    for (const auto& path : example_pdf_paths()) {
        INFO(path);
        Tag root = structure_of(example_site().out / path);
        std::string text = all_text(root);
        CHECK(text.find("Page 1 of") == std::string::npos);
        CHECK(text.find("Page 2 of") == std::string::npos);
        if (!is_single(path) || !fs::exists(source_of(path))) continue;
        std::string missing;
        bool all_there = in_order(markdown_words(read_file(source_of(path))), structure_words(text), &missing);
        INFO("first missing word: " << missing);
        CHECK(all_there);
    }
}

TEST_CASE("tagged PDFs stay byte-reproducible") {
    BuiltSite first(source_dir() / "tests" / "sites" / "small");
    BuiltSite second(source_dir() / "tests" / "sites" / "small");
    int pdfs = 0;
    for (const auto& [path, bytes] : first.files) {
        if (path.size() < 4 || path.substr(path.size() - 4) != ".pdf") continue;
        ++pdfs;
        INFO(path);
        REQUIRE(second.files.count(path) == 1);
        CHECK(second.files.at(path) == bytes);
    }
    CHECK(pdfs >= 2);
}
