// data/site.json into the site settings.
#pragma once

#include "data/data_store.h"
#include "model/site.h"

namespace publish {

/// data/site.json → settings; a missing site.json, missing or wrong-typed fields are errors at
/// their position. base_url is normalised to end in '/', base_path derived from it.
SiteConfig read_site_config(const DataStore& store, Diagnostics& diagnostics);

}  // namespace publish
