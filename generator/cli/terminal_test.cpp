#include <catch2/catch.hpp>

#include <cstdio>

#include "cli/terminal.h"

using namespace publish;

TEST_CASE("the summary line counts pages, PDFs, files and warnings, with the time in seconds") {
    CHECK(summary_line(true, 71, 15, 240, 0, 1.234) == "Built 71 pages, 15 PDFs, 240 files in 1.2 s (0 warnings)");
    CHECK(summary_line(false, 1, 1, 1, 1, 0.04) == "Checked 1 page, 1 PDF, 1 file in 0.0 s (1 warning)");
}

TEST_CASE("the progress line is rewritten in place and cleared without a trace") {
    char buffer[256] = {};
    std::FILE* out = fmemopen(buffer, sizeof buffer, "w");
    REQUIRE(out);
    ProgressLine line(out);
    line.show("PDFs", 9, 10);
    line.show("PDFs", 10, 10);
    line.clear();
    line.clear();  // a second clear prints nothing
    std::fclose(out);
    CHECK(std::string(buffer) == "\rPDFs 9/10\rPDFs 10/10\r          \r");
}
