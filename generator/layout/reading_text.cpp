// reading_text: the text items of every page, line by line, and the metadata.
#include "layout/reading_text.h"

#include <cmath>

namespace publish::layout {

std::string reading_text(const LaidOutDocument& document) {
    std::string out;
    for (const Page& page : document.pages) {
        bool first = true;
        double baseline = 0;
        for (const FrameItem& item : page.items) {
            if (item.kind == ItemKind::anchor && !item.text.empty()) {  // a bookmark title
                out += item.text;
                out += '\n';
            }
            if (item.kind != ItemKind::text) continue;
            if (!first) out += std::abs(item.y - baseline) < 0.01 ? '\x1f' : '\n';
            out += item.text;
            baseline = item.y;
            first = false;
        }
        out += '\n';
    }
    for (const std::string* field : {&document.title, &document.author, &document.subject, &document.keywords}) {
        out += *field;
        out += '\n';
    }
    return out;
}

}  // namespace publish::layout
