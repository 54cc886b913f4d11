// Fuzz target 1: a content file (front matter + Markdown + shortcodes) through the whole
// pipeline into the document tree and pages. Input: the file's path under content/ on the
// first line (e.g. "briefings/x.md"), then the file.
#include "fuzz_site.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace publish;
    auto [name, text] = fuzz::split_first_line(data, size);
    if (name.empty() || name.size() > 64 || name.find("..") != std::string::npos || !name.ends_with(".md")) return 0;
    FileMap files = fuzz::small_site_files();
    files["content/" + name] = std::move(text);
    fuzz::build_quietly(files, false);
    return 0;
}
