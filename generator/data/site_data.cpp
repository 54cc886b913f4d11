// read_site_data: every typed data set whose file is present and valid JSON.
#include "data/readers.h"
#include "data/schema_check.h"

namespace publish {

SiteData read_site_data(const DataStore& store, const SiteConfig& config, Diagnostics& diagnostics) {
    SiteData data;
    auto valid = [&](const char* name) {
        const DataFile* file = store.file(name);
        return file != nullptr && file->valid ? file : nullptr;
    };
    // Each reader reports into its own list; what the schema check already said is not said again.
    auto read = [&](const char* name, auto&& reader) {
        const DataFile* file = valid(name);
        if (file == nullptr) return;
        Diagnostics said;
        reader(*file, said);
        add_unless_reported(*file, said, diagnostics);
    };
    read("funding", [&](const DataFile& f, Diagnostics& d) { data.funding = read_funding(f, d); });
    read("training", [&](const DataFile& f, Diagnostics& d) { data.training = read_training(f, d); });
    read("reviews", [&](const DataFile& f, Diagnostics& d) { data.reviews = read_reviews(f, config, d); });
    read("key-figures", [&](const DataFile& f, Diagnostics& d) { data.key_figures = read_key_figures(f, d); });
    read("checklists", [&](const DataFile& f, Diagnostics& d) { data.checklists = read_checklists(f, d); });
    return data;
}

}  // namespace publish
