// The JSON Schemas of the known data files, compiled into the program from schemas/ at build time.
#pragma once

#include "model/site.h"

namespace publish {

/// Every file of schemas/ at build time, keyed "schemas/funding.schema.json" and so on.
const FileMap& builtin_schema_files();

}  // namespace publish
