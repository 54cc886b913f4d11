// Fuzz target 3: a theme template (theme loading, partials, rendering every page). Input: the
// template's name on the first line (e.g. "partials/footer" or "home"), then its text.
#include "fuzz_site.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace publish;
    auto [name, text] = fuzz::split_first_line(data, size);
    if (name.empty() || name.size() > 48 || name.find("..") != std::string::npos) return 0;
    FileMap files = fuzz::small_site_files();
    files["themes/default/templates/" + name + ".mustache"] = std::move(text);
    fuzz::build_quietly(files, false);
    return 0;
}
