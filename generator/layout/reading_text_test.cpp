#include <catch2/catch.hpp>

#include "layout/reading_text.h"

using namespace publish;
using namespace publish::layout;

TEST_CASE("reading text keeps runs of one baseline together and starts a line for each baseline") {
    LaidOutDocument doc;
    doc.title = "A title";
    doc.keywords = "neglect";
    Page page;
    page.items.push_back(text_item(10, 100, FontStyle::regular, 10, "Jor", {}, 0));
    page.items.push_back(rect_item(0, 0, 5, 5, {}));
    page.items.push_back(text_item(25, 100, FontStyle::bold, 10, "dan Ex-", {}, 0));
    page.items.push_back(text_item(10, 112, FontStyle::regular, 10, "ample", {}, 0));
    doc.pages.push_back(page);
    CHECK(reading_text(doc) == "Jor\x1f" "dan Ex-\nample\nA title\n\n\nneglect\n");
}
