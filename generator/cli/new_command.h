// publish new: reads what the site knows (themes, reviews, reports), asks or checks, writes one file.
#pragma once

#include "cli/arguments.h"

namespace publish {

/// Runs `publish new KIND "Title"`: 0 written, 1 the file exists or cannot be written, 2 bad
/// usage (not a site folder, an unknown --review or --report, or a bulletin without --review when
/// stdin is no terminal).
int new_command(const Arguments& a);

}  // namespace publish
