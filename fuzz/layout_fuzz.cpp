// Fuzz target 4: a document through layout down to PDF bytes. Input: the folder on the first
// line ("briefings", "bulletins" or "" for a page), then the Markdown file.
#include "fuzz_site.h"
#include "pdf/publication.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace publish;
    auto [folder, text] = fuzz::split_first_line(data, size);
    if (folder != "briefings" && folder != "bulletins" && !folder.empty()) return 0;
    const std::string path = "content/" + (folder.empty() ? std::string() : folder + "/") + "fuzzed.md";
    FileMap files = fuzz::small_site_files();
    files[path] = std::move(text);
    Site site = fuzz::build_quietly(files, false);
    for (size_t i = 0; i < site.documents.size(); ++i) {
        if (site.documents[i].source_path != path || !site.documents[i].published) continue;
        Diagnostics diagnostics;
        auto pdf = render_publication_pdf(site, static_cast<int>(i), diagnostics);
        if (std::getenv("PUBLISH_FUZZ_VERBOSE"))
            std::fprintf(stderr, "PDF: %zu bytes\n", pdf ? pdf->bytes.size() : size_t{0});
    }
    return 0;
}
