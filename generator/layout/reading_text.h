// The text of a laid-out document in reading order, as a PDF reader would extract it.
#pragma once

#include <string>

#include "layout/frames.h"

namespace publish::layout {

/// Every text item of every page, then the document's metadata (title, author, subject,
/// keywords): items on one baseline are separated by '\x1f', a new baseline starts a line.
/// The leak check searches this, since the PDF's own content streams are compressed.
std::string reading_text(const LaidOutDocument& document);

}  // namespace publish::layout
