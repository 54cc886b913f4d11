// A small RFC 4180 reader that keeps the line and column of every cell.
#include "data/csv.h"

#include "data/utf8.h"

namespace publish {

namespace {

class CsvScanner {
public:
    CsvScanner(std::string_view text, const std::string& path) : text_(text), path_(path) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // Excel's byte order mark: not counted
    }

    /// Reads every row; false (with an error) at the first malformed cell.
    bool run(std::vector<CsvRow>& rows, Diagnostics& diagnostics) {
        CsvRow row;
        bool only_cell_empty = true;
        while (true) {
            CsvCell cell;
            cell.where = here();
            bool quoted = pos_ < text_.size() && text_[pos_] == '"';
            if (quoted && !quoted_cell(cell, diagnostics)) return false;
            if (!quoted) {
                while (pos_ < text_.size() && !separator(text_[pos_])) {
                    cell.text += text_[pos_];
                    advance();
                }
            }
            only_cell_empty = row.empty() && !quoted && cell.text.empty();
            row.push_back(std::move(cell));
            if (pos_ < text_.size() && text_[pos_] == ',') {
                advance();
                continue;
            }
            if (!(only_cell_empty && row.size() == 1)) rows.push_back(std::move(row));  // skip empty lines
            row.clear();
            if (pos_ >= text_.size()) break;
            end_of_line();
            if (pos_ >= text_.size()) break;
        }
        return true;
    }

private:
    std::string_view text_;
    const std::string& path_;
    size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;

    SourceLocation here() const { return {path_, line_, column_}; }

    static bool separator(char c) { return c == ',' || c == '\n' || c == '\r'; }

    void advance() { advance_position(static_cast<unsigned char>(text_[pos_++]), line_, column_); }

    /// CRLF, LF or a lone CR.
    void end_of_line() {
        if (text_[pos_] == '\r') {
            ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '\n') {
                advance();
            } else {
                ++line_;
                column_ = 1;
            }
        } else {
            advance();
        }
    }

    bool quoted_cell(CsvCell& cell, Diagnostics& diagnostics) {
        advance();  // the opening quote
        while (true) {
            if (pos_ >= text_.size()) {
                diagnostics.error(cell.where, "this cell's opening quote is never closed",
                                  "a quote inside a quoted cell is written twice: \"\"");
                return false;
            }
            char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    cell.text += '"';
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
                ++pos_;  // CRLF inside a cell is kept as one line break
                continue;
            }
            cell.text += c;
            advance();
        }
        if (pos_ < text_.size() && !separator(text_[pos_])) {
            diagnostics.error(here(), "text after the closing quote of a cell",
                              "put the whole cell in quotes and write a quote inside it twice: \"\"");
            return false;
        }
        return true;
    }
};

}  // namespace

bool parse_csv(std::string_view text, const std::string& path, std::vector<CsvRow>& rows, Diagnostics& diagnostics) {
    rows.clear();
    if (auto bad = first_invalid_utf8(text)) {
        diagnostics.error(location_of_offset(text, *bad, path),
                          "invalid UTF-8 (save the spreadsheet as \"CSV UTF-8\")");
        return false;
    }
    CsvScanner scanner(text, path);
    if (!scanner.run(rows, diagnostics)) {
        rows.clear();
        return false;
    }
    bool ok = true;
    for (size_t i = 1; i < rows.size() && !rows.empty(); ++i) {
        size_t want = rows[0].size(), have = rows[i].size();
        if (have == want) continue;
        ok = false;
        std::string counts = "this row has " + std::to_string(have) + " cells, the header row has " + std::to_string(want);
        if (have > want) {
            diagnostics.error(rows[i][want].where, counts,
                              "a cell holding a comma must be in double quotes, like \"1,234\"");
        } else {
            diagnostics.error(rows[i].back().where, counts, "a cell is missing after this one");
        }
    }
    return ok;
}

}  // namespace publish
