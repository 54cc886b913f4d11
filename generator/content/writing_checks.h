// Warnings for things that are allowed but probably wrong: missing alt text, skipped heading
// levels, links whose text does not say where they go.
#pragma once

#include "diagnostics/diagnostics.h"
#include "model/document.h"

namespace publish {

/// Adds a warning for each image without alt text, each heading that skips a level (the page
/// title is the level 1 heading) and each link whose whole text is "here", "click here",
/// "read more", "more" or "this link" (WCAG 2.4.4). `body` is a parsed document tree of `file`.
void check_writing(const Node& body, const std::string& file, Diagnostics& diagnostics);

}  // namespace publish
