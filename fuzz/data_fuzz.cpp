// Fuzz target 2: a data file into the model (parse, typed reading, checks) and on through the
// pipeline. Input: the data file's name on the first line (e.g. "reviews"), then its JSON.
#include "fuzz_site.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace publish;
    auto [name, text] = fuzz::split_first_line(data, size);
    if (name.empty() || name.size() > 32 || name.find('/') != std::string::npos) return 0;
    FileMap files = fuzz::small_site_files();
    files["data/" + name + ".json"] = std::move(text);
    fuzz::build_quietly(files, false);
    return 0;
}
