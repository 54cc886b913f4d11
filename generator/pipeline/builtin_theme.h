// The default theme, compiled into the program so any site builds without a theme of its own.
#pragma once

#include "model/site.h"

namespace publish {

/// Every file of themes/default at build time, keyed "themes/default/…".
const FileMap& builtin_theme_files();

}  // namespace publish
