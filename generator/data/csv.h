// CSV text (RFC 4180, as spreadsheets export it) → rows of cells, each with its line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace publish {

/// One cell: its text (quotes removed, doubled quotes undone) and where it starts.
struct CsvCell {
    std::string text;
    SourceLocation where;
};

using CsvRow = std::vector<CsvCell>;

/// Parses CSV text: cells separated by commas, rows by CRLF, LF or CR; a cell in double quotes
/// may hold commas, line breaks and doubled quotes (""); a UTF-8 byte order mark (Excel) is
/// skipped; empty lines are skipped. Every row must have as many cells as the first (the header).
/// Errors (invalid UTF-8, a quote never closed, text after a closing quote, a row with too few or
/// too many cells) are reported at their line and column; returns false if there was any.
bool parse_csv(std::string_view text, const std::string& path, std::vector<CsvRow>& rows, Diagnostics& diagnostics);

}  // namespace publish
