// The small test site, read once; builds that keep their diagnostics to themselves.
#include "fuzz_site.h"

#include <cstdio>
#include <cstdlib>

#include "io/site_reader.h"

namespace publish::fuzz {

const FileMap& small_site_files() {
    static const FileMap files = [] {
        FileMap out;
        Diagnostics diagnostics;
        const char* root = std::getenv("PUBLISH_FUZZ_SITE");
        if (!read_site(root ? root : PUBLISH_SOURCE_DIR "/tests/sites/small", out, diagnostics)) std::abort();
        add_builtin_theme(out);
        return out;
    }();
    return files;
}

std::pair<std::string, std::string> split_first_line(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    size_t newline = text.find('\n');
    if (newline == std::string_view::npos) return {std::string(text), {}};
    return {std::string(text.substr(0, newline)), std::string(text.substr(newline + 1))};
}

Site build_quietly(const FileMap& files, bool pdf, BuildResult* result) {
    Site site;
    site.build_date = "2024-06-01";
    site.build_timestamp = "2024-06-01T00:00:00Z";
    site.files = &files;
    BuildOptions options;
    options.pdf = pdf;
    options.jobs = 1;
    Diagnostics diagnostics;
    BuildResult built = build_site(files, site, options, diagnostics);
    if (std::getenv("PUBLISH_FUZZ_VERBOSE"))  // for checking what a seed reaches
        for (const auto& d : diagnostics.all()) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (result) *result = std::move(built);
    return site;
}

}  // namespace publish::fuzz
