// Fuzz target 5: a CSV file (data/funding.csv, with the description of tests/sites/small-csv)
// through the CSV reader, the mapping of its columns and the funding schema and reader.
// Input: the CSV file's bytes.
#include <cstddef>
#include <cstdint>

#include "data/data_store.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace publish;
    static const std::string description =
        "{ \"rows\": \"years.0.contributions\",\n"
        "  \"columns\": { \"Partner\": { \"field\": \"partner\" },\n"
        "               \"Amount\": { \"field\": \"amount\", \"type\": \"money\" },\n"
        "               \"Sessions\": { \"field\": \"sessions.2023-24\", \"type\": \"number\", \"thousands\": true } },\n"
        "  \"data\": { \"currency\": \"GBP\", \"years\": [ { \"period\": \"2023-24\", \"stated_total\": 100 } ] } }\n";
    FileMap files{{"data/funding.csv.json", description},
                  {"data/funding.csv", std::string(reinterpret_cast<const char*>(data), size)}};
    Diagnostics diagnostics;
    DataStore store = load_data_store(files, diagnostics);
    read_site_data(store, SiteConfig{}, diagnostics);
    for (const auto& d : diagnostics.all()) {
        if (d.where.file != "data/funding.csv" && d.where.file != "data/funding.csv.json") __builtin_trap();
    }
    return 0;
}
