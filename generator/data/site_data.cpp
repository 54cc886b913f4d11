// read_site_data: every typed data set whose file is present and valid JSON.
#include "data/readers.h"

namespace publish {

SiteData read_site_data(const DataStore& store, const SiteConfig& config, Diagnostics& diagnostics) {
    SiteData data;
    auto valid = [&](const char* name) {
        const DataFile* file = store.file(name);
        return file != nullptr && file->valid ? file : nullptr;
    };
    if (const DataFile* file = valid("funding")) data.funding = read_funding(*file, diagnostics);
    if (const DataFile* file = valid("training")) data.training = read_training(*file, diagnostics);
    if (const DataFile* file = valid("reviews")) data.reviews = read_reviews(*file, config, diagnostics);
    if (const DataFile* file = valid("key-figures")) data.key_figures = read_key_figures(*file, diagnostics);
    if (const DataFile* file = valid("checklists")) data.checklists = read_checklists(*file, diagnostics);
    return data;
}

}  // namespace publish
