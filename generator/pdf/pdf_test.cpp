// Whole PDFs from a small in-memory site, checked with qpdf and poppler's tools.
#include <catch2/catch.hpp>

#include <dlfcn.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_utils.h>

#include "charts/drawing.h"
#include "layout/test_trees.h"
#include "pdf/pdf_memory.h"
#include "pdf/publication.h"

using namespace publish;
using namespace publish::test_trees;

namespace {

const std::string logo_png(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x28\x00\x00\x00\x14\x08\x02\x00\x00\x00\x70"
    "\x24\xe8\xec\x00\x00\x00\x23\x49\x44\x41\x54\x78\xda\x63\x60\x08\x99\x32\x30\x68\xd4\xe2\x51\x8b\x47\x2d\x1e\xb5\x78\xd4"
    "\xe2\x51\x8b\x47\x2d\x1e\xb5\x78\xe4\x58\x0c\x00\xc5\xa3\xd5\x1f\x1e\xdd\x18\xf7\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42"
    "\x60\x82",
    92);

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Output of a shell command.
std::string run(const std::string& command, int* status = nullptr) {
    std::string out;
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    int rc = pclose(pipe);
    if (status) *status = rc;
    return out;
}

std::string write_temp(const std::string& name, const std::string& bytes) {
    std::string path = "/tmp/publish-pdf-test-" + name + ".pdf";
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

/// pdftotext with every run of whitespace made one space.
std::string words(const std::string& path) {
    std::string text = run("pdftotext -enc UTF-8 " + path + " -"), out;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// Checks every PDF must pass; returns the page count pdfinfo reports.
int check_pdf(const std::string& path) {
    int status = 0;
    std::string check = run("qpdf --check " + path, &status);
    INFO(check);
    REQUIRE(status == 0);
    REQUIRE(check.find("No syntax or stream encoding errors") != std::string::npos);
    std::string fonts = run("pdffonts " + path);
    INFO(fonts);
    std::istringstream lines(fonts);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        if (++count <= 2 || line.empty()) continue;
        std::istringstream tokens(line);
        std::vector<std::string> t;
        for (std::string s; tokens >> s;) t.push_back(s);
        REQUIRE(t.size() >= 7);
        REQUIRE(t[t.size() - 5] == "yes");  // emb
    }
    REQUIRE(count > 2);
    std::string info = run("pdfinfo " + path);
    INFO(info);
    REQUIRE(info.find("595.28 x 841.89 pts (A4)") != std::string::npos);
    // Poppler reads every font's ToUnicode map without a complaint.
    REQUIRE(run("pdftotext " + path + " /dev/null 2>&1 | head -c 300") == "");
    auto at = info.find("Pages:");
    return std::atoi(info.c_str() + at + 6);
}

Node image_node() {
    Node img = make_node(NodeKind::image, "The partnership's logo");
    img.attributes().url = "../images/logo.png";
    img.attributes().source = "content/images/logo.png";
    return img;
}

/// A small bar chart as the charts module would draw it.
Node chart_node() {
    auto d = std::make_shared<Drawing>();
    d->width = 400;
    d->height = 160;
    d->title = "Training attendance";
    d->description = "Attendance rose from 120 to 180.";
    d->add(publish::Line{40, 140, 390, 140, {90, 90, 90}, 1, false});
    Rect low;
    low.x = 60;
    low.y = 60;
    low.width = low.height = 80;
    low.fill = {0, 84, 148};
    d->add(low);
    d->add(Rect{200, 20, 80, 120, {0, 84, 148}, Pattern::solid, true, {0, 0, 0}, 1});
    d->add(publish::Line{40, 20, 390, 20, {150, 150, 150}, 0.5, true});
    d->add(Polyline{{{60, 100}, {240, 40}, {380, 30}}, {200, 80, 0}, 2});
    d->add(Arc{340, 90, 30, 0, 120, {200, 80, 0}});
    d->add(Circle{340, 90, 30, false, {}, true, {0, 0, 0}, 1});
    d->add(TextRun{100, 155, "2022-23", 9, false, Anchor::middle, {0, 0, 0}});
    d->add(TextRun{240, 155, "2023-24", 9, true, Anchor::middle, {0, 0, 0}});
    Node n = make_node(NodeKind::figure, d->description);
    n.attributes().figure = d;
    return n;
}

struct TestSite {
    FileMap files;
    Site site;

    TestSite() {
        files["themes/default/pdf.json"] = read_file(std::string(PUBLISH_SOURCE_DIR) + "/themes/default/pdf.json");
        files["content/images/logo.png"] = logo_png;
        site.files = &files;
        site.build_date = "2024-04-02";
        site.config.name = "Example Safeguarding Children Partnership";
        site.config.short_name = "ESCP";
        site.config.base_url = "https://example.org/";
        site.config.base_path = "/";
        site.config.logo = "content/images/logo.png";
        site.config.themes = {{"neglect", "Neglect", ""}};
        // 0: a briefing.
        site.documents.push_back(briefing(1));
        site.documents.back().meta.themes = {"neglect"};
        // 1: a bulletin with its review.
        Review review;
        review.id = "RR-2023-02";
        review.type = "rapid-review";
        review.title = "Ownership of safety plans at case closure";
        review.status = "completed";
        review.started = "2023-11-02";
        review.completed = "2023-12-14";
        review.themes = {"safety-plans", "neglect"};
        review.learning = {"Safety plans need a named owner when a case closes.", "Schools must be told."};
        review.actions = {{"Update the step-down protocol", "Children's Services", "2024-06-30", "done"},
                          {"Brief designated safeguarding leads", "Education", "2024-09-30", "in-progress"}};
        site.data.reviews = std::vector<Review>{review};
        Node body = wrap(NodeKind::document, {
            heading(2, "What happened", 8, "what-happened"),
            wrap(NodeKind::paragraph, {test_trees::text("The partnership spent £372,064 – “quoted” and ‘single’ — on the review"),
                                       footnote_ref("cost", 1), test_trees::text(". Café naïve → ✓ checks.")}, 10),
            wrap(NodeKind::block_quote, {para("I felt nobody was listening to me until my social worker came back.", 12)}),
            heading(2, "What we learned", 14, "learned"),
            bullets({"Plans need owners.", "Families need to know the plan."}),
            table({{"Partner", "Amount"}, {"County Council", "£162,435"}, {"Police", "£60,000"}}, {'l', 'r'}),
            wrap(NodeKind::code_block, {}),
            wrap(NodeKind::paragraph, {image_node()}),
            footnote_def("cost", 1, "Figures from the funding data for 2023-24."),
        });
        body.children[6].text = "step 1: check\nstep 2: act";
        Document bulletin = document(DocType::bulletin, "content/bulletins/safety-plans.md", "Safety plans at case closure", body);
        bulletin.meta.review = "RR-2023-02";
        site.documents.push_back(bulletin);
        // 2-4: a bundle (index and two sections).
        add_bundle(2);
    }

    void add_bundle(int sections_paragraphs) {
        int index = static_cast<int>(site.documents.size());
        Bundle bundle;
        bundle.folder = "content/annual-reports/2023-24";
        bundle.index = index;
        Document idx = document(DocType::annual_report, "content/annual-reports/2023-24/index.md", "Annual report 2023 to 2024",
                                wrap(NodeKind::document, {heading(2, "Foreword", 6, "foreword"), para(lorem, 8)}));
        idx.meta.period = "2023-24";
        idx.meta.summary = "How the partnership kept children safe in 2023 to 2024.";
        idx.bundle = 0;
        idx.bundle_index = true;
        idx.url = "annual-reports/2023-24/";
        site.documents.push_back(idx);
        for (int s = 0; s < 2; ++s) {
            Node body = wrap(NodeKind::document, {heading(2, "Our work", 5, "work")});
            for (int p = 0; p < sections_paragraphs; ++p) body.children.push_back(para(lorem, 7 + p));
            body.children.push_back(chart_node());
            body.children.push_back(wrap(NodeKind::paragraph, {test_trees::text("See "), test_trees::link("#work", "our work"),
                                                               test_trees::text(" and "), test_trees::link("annual-reports/2023-24/", "the introduction"),
                                                               test_trees::text(" and "), test_trees::link("https://www.gov.uk/", "GOV.UK")}));
            Document d = document(DocType::annual_report, "content/annual-reports/2023-24/s" + std::to_string(s) + ".md",
                                  s == 0 ? "Funding" : "Training", body);
            d.bundle = 0;
            d.url = "annual-reports/2023-24/s" + std::to_string(s) + "/";
            bundle.sections.push_back(static_cast<int>(site.documents.size()));
            site.documents.push_back(d);
        }
        site.bundles.push_back(bundle);
    }
};

}  // namespace

TEST_CASE("a briefing is one A4 page with embedded fonts") {
    TestSite t;
    Diagnostics diagnostics;
    auto pdf = render_publication_pdf(t.site, 0, diagnostics);
    REQUIRE(pdf);
    REQUIRE(pdf->pages == 1);
    auto path = write_temp("briefing", pdf->bytes);
    REQUIRE(check_pdf(path) == 1);
    std::string text = words(path);
    INFO(text);
    REQUIRE(text.find("Safer sleep for babies") != std::string::npos);
    REQUIRE(text.find("Questions to reflect on") != std::string::npos);
    std::string info = run("pdfinfo " + path);
    REQUIRE_THAT(info, Catch::Contains("Author:") && Catch::Contains("Example Safeguarding Children Partnership"));
    REQUIRE_THAT(info, Catch::Matches(R"([\s\S]*Keywords: +Neglect[\s\S]*)"));
    REQUIRE_THAT(info, Catch::Matches(R"([\s\S]*CreationDate: +Tue Apr  2 00:00:00 2024[\s\S]*)"));
}

TEST_CASE("a bulletin prints and extracts UTF-8 text exactly, with a fallback font for arrows") {
    TestSite t;
    Diagnostics diagnostics;
    auto pdf = render_publication_pdf(t.site, 1, diagnostics);
    REQUIRE(pdf);
    for (const auto& d : diagnostics.all()) INFO(format_diagnostic(d));
    REQUIRE(diagnostics.all().empty());
    auto path = write_temp("bulletin", pdf->bytes);
    int pages = check_pdf(path);
    REQUIRE(pages >= 1);
    REQUIRE(pages <= 4);
    std::string text = words(path);
    INFO(text);
    REQUIRE(text.find("£372,064 – “quoted” and ‘single’ — on the review") != std::string::npos);
    REQUIRE(text.find("Café naïve → ✓ checks.") != std::string::npos);
    REQUIRE(text.find("Ownership of safety plans at case closure") != std::string::npos);
    REQUIRE(text.find("Rapid review") != std::string::npos);
    REQUIRE(text.find("Figures from the funding data") != std::string::npos);
    REQUIRE(text.find("Page 1 of " + std::to_string(pages)) != std::string::npos);
    REQUIRE(run("pdffonts " + path).find("DejaVuSans") != std::string::npos);
    REQUIRE(run("pdfimages -list " + path).find("image      40    20") != std::string::npos);
    REQUIRE(run("qpdf --qdf --object-streams=disable " + path + " - | grep -a -c '/Lang (en-GB)'").find("1") == 0);
}

TEST_CASE("a bundle is one PDF with cover, contents, bookmarks and links") {
    TestSite t;
    Diagnostics diagnostics;
    auto pdf = render_publication_pdf(t.site, 2, diagnostics);
    for (const auto& d : diagnostics.all()) UNSCOPED_INFO(format_diagnostic(d));
    REQUIRE(pdf);
    auto path = write_temp("bundle", pdf->bytes);
    int pages = check_pdf(path);
    REQUIRE(pages == pdf->pages);
    REQUIRE(pages >= 4);  // cover, contents, foreword + section 1, section 2
    std::string text = words(path);
    INFO(text);
    REQUIRE(text.find("Contents") != std::string::npos);
    REQUIRE(text.find("1 Funding") != std::string::npos);
    REQUIRE(text.find("2.1 Our work") != std::string::npos);
    REQUIRE(text.find("Training attendance") != std::string::npos);
    REQUIRE(text.find("2022-23 2023-24") != std::string::npos);
    REQUIRE(text.find("Page 2 of " + std::to_string(pages)) != std::string::npos);
    std::string json = run("qpdf --json " + path);
    REQUIRE(json.find("\"title\": \"Foreword\"") != std::string::npos);
    REQUIRE(json.find("\"title\": \"1.1 Our work\"") != std::string::npos);
    std::string raw = run("qpdf --qdf --object-streams=disable " + path + " -");
    REQUIRE(raw.find("/URI (https://www.gov.uk/)") != std::string::npos);
    REQUIRE(raw.find("/Subtype /Link") != std::string::npos);
    REQUIRE(raw.find("/Dest ") != std::string::npos);
}

TEST_CASE("a page is rendered only if it asks for a PDF") {
    TestSite t;
    Document page = document(DocType::page, "content/about.md", "About us", wrap(NodeKind::document, {para("Who we are.")}));
    t.site.documents.push_back(page);
    Diagnostics diagnostics;
    int index = static_cast<int>(t.site.documents.size()) - 1;
    REQUIRE_FALSE(render_publication_pdf(t.site, index, diagnostics));
    REQUIRE(diagnostics.all().empty());
    t.site.documents.back().meta.pdf = true;
    auto pdf = render_publication_pdf(t.site, index, diagnostics);
    REQUIRE(pdf);
    REQUIRE(check_pdf(write_temp("page", pdf->bytes)) == 1);
}

TEST_CASE("two renders are byte-identical") {
    TestSite t;
    Diagnostics diagnostics;
    for (int doc : {0, 1, 2}) {
        auto a = render_publication_pdf(t.site, doc, diagnostics);
        auto b = render_publication_pdf(t.site, doc, diagnostics);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(a->bytes == b->bytes);
    }
}

TEST_CASE("a report of a hundred pages lays out whole") {
    // Its speed is measured by make bench, not here.
    TestSite t;
    t.site.documents.resize(2);
    t.site.bundles.clear();
    t.add_bundle(450);
    Diagnostics diagnostics;
    auto pdf = render_publication_pdf(t.site, 2, diagnostics);
    REQUIRE(pdf);
    REQUIRE(pdf->pages >= 40);
    CHECK_FALSE(diagnostics.has_errors());
    size_t endings = 0;  // both sections' last paragraphs made it to the end of the layout
    for (size_t at = pdf->text.find("the introduction"); at != std::string::npos; at = pdf->text.find("the introduction", at + 1)) ++endings;
    CHECK(endings == 2);
}

TEST_CASE("the faster glyph look-up answers exactly as libharu's own") {
    // libharu_overrides.cpp replaces HPDF_TTFontDef_GetGlyphid; compare with the library's version.
    using Lookup = HPDF_UINT16 (*)(HPDF_FontDef, HPDF_UINT16);
    auto original = reinterpret_cast<Lookup>(dlsym(RTLD_NEXT, "HPDF_TTFontDef_GetGlyphid"));
    REQUIRE(original);
    HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
    for (const char* path : {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf",
                             "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"}) {
        const char* name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
        REQUIRE(name);
        HPDF_FontDef def = HPDF_GetFontDef(pdf, name);
        int differences = 0;
        for (unsigned cp = 0; cp <= 0xFFFF; ++cp)
            if (HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(cp)) != original(def, static_cast<HPDF_UINT16>(cp))) ++differences;
        INFO(path);
        REQUIRE(differences == 0);
    }
    HPDF_Free(pdf);
}

namespace {

/// A small libharu document with a page of text, saved to bytes.
std::string small_pdf(HPDF_Doc pdf) {
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    const char* name = HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", HPDF_TRUE);
    REQUIRE(name);
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, HPDF_GetFont(pdf, name, "UTF-8"), 12);
    HPDF_Page_TextOut(page, 50, 700, "Safeguarding children – £372,064");
    HPDF_Page_EndText(page);
    REQUIRE(HPDF_SaveToStream(pdf) == HPDF_OK);
    std::string bytes(HPDF_GetStreamSize(pdf), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ResetStream(pdf);
    HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    return bytes;
}

}  // namespace

TEST_CASE("libharu served from PdfMemory writes the same bytes as with malloc") {
    HPDF_Doc plain = HPDF_New(nullptr, nullptr);
    std::string expected = small_pdf(plain);
    HPDF_Free(plain);

    std::string bytes;
    size_t used = 0;
    {
        pdf::PdfMemory memory;
        HPDF_Doc pdf = HPDF_NewEx(nullptr, pdf::PdfMemory::allocate, pdf::PdfMemory::release, 0, nullptr);
        REQUIRE(pdf);
        bytes = small_pdf(pdf);
        HPDF_Free(pdf);
        used = memory.used();
    }
    if (pdf::PdfMemory::pooled())
        CHECK(used > 100000);  // the font alone is larger: libharu's allocations went to the blocks
    else
        CHECK(used == 0);  // under AddressSanitizer each allocation is its own malloc
    CHECK(bytes == expected);
    void* p = pdf::PdfMemory::allocate(64);  // without a PdfMemory: plain malloc and free
    REQUIRE(p);
    pdf::PdfMemory::release(p);
}

TEST_CASE("the faster byte copy and fill do exactly what libharu's own do") {
    // libharu_overrides.cpp replaces HPDF_MemCpy and HPDF_MemSet; compare with the library's versions.
    using Copy = HPDF_BYTE* (*)(HPDF_BYTE*, const HPDF_BYTE*, HPDF_UINT);
    using Fill = void* (*)(void*, HPDF_BYTE, HPDF_UINT);
    auto original_copy = reinterpret_cast<Copy>(dlsym(RTLD_NEXT, "HPDF_MemCpy"));
    auto original_fill = reinterpret_cast<Fill>(dlsym(RTLD_NEXT, "HPDF_MemSet"));
    REQUIRE(original_copy);
    REQUIRE(original_fill);
    std::string source(300, '\0');
    for (size_t i = 0; i < source.size(); ++i) source[i] = static_cast<char>(i * 7 + 3);
    const auto* in = reinterpret_cast<const HPDF_BYTE*>(source.data());
    for (HPDF_UINT n : {0u, 1u, 15u, 16u, 17u, 255u, 300u}) {
        std::string a(320, 'x'), b(320, 'x');
        auto* end_a = HPDF_MemCpy(reinterpret_cast<HPDF_BYTE*>(a.data()) + 5, in, n);
        auto* end_b = original_copy(reinterpret_cast<HPDF_BYTE*>(b.data()) + 5, in, n);
        INFO(n);
        CHECK(a == b);
        CHECK(end_a - reinterpret_cast<HPDF_BYTE*>(a.data()) == end_b - reinterpret_cast<HPDF_BYTE*>(b.data()));
        void* fill_a = HPDF_MemSet(a.data() + 3, 0xAB, n);
        void* fill_b = original_fill(b.data() + 3, 0xAB, n);
        CHECK(a == b);
        CHECK(static_cast<char*>(fill_a) - a.data() == static_cast<char*>(fill_b) - b.data());
    }
}
