// JSON text → DataFile: a one-pass position scanner (JSON pointer → line:column), then nlohmann for values.
#include <cctype>
#include <set>

#include "data/data_store.h"
#include "data/utf8.h"

namespace publish {

namespace {

constexpr int max_depth = 256;

/// Thrown inside the scanner only; caught in parse_data_file.
struct ScanError {
    size_t offset;
    std::string reason;
};

/// Walks JSON text once, checking its syntax and recording where each value starts.
class PositionScanner {
public:
    PositionScanner(std::string_view text, const std::string& file, DataFile& out, Diagnostics& diagnostics)
        : text_(text), file_(file), out_(out), diagnostics_(diagnostics) {}

    void run() {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // byte order mark: ignored, not counted
        skip_space();
        if (pos_ >= text_.size()) fail("the file is empty");
        value(0);
        skip_space();
        if (pos_ < text_.size()) fail("unexpected text after the JSON value");
    }

    /// Location of a byte offset at or after the scanner's current one (scanning forward from it).
    SourceLocation location_at(size_t offset) {
        while (pos_ < offset && pos_ < text_.size()) advance();
        return here();
    }

private:
    std::string_view text_;
    const std::string& file_;
    DataFile& out_;
    Diagnostics& diagnostics_;
    std::string pointer_;
    size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;

    [[noreturn]] void fail(std::string reason) { throw ScanError{pos_, std::move(reason)}; }

    SourceLocation here() const { return {file_, line_, column_}; }

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    void advance() { advance_position(static_cast<unsigned char>(text_[pos_++]), line_, column_); }

    void skip_space() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c == '/' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*')) {
                fail("comments are not allowed in JSON");
            } else {
                return;
            }
        }
    }

    void value(int depth) {
        if (depth > max_depth) fail("nesting is too deep");
        out_.positions[pointer_] = here();
        char c = peek();
        if (c == '{') {
            object(depth);
        } else if (c == '[') {
            array(depth);
        } else if (c == '"') {
            string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (c == '\'') {
            fail("strings must be in double quotes");
        } else if (c == '\0' && pos_ >= text_.size()) {
            fail("unexpected end of file, expected a value");
        } else {
            literal();
        }
    }

    void literal() {
        size_t start = pos_;
        while (pos_ < text_.size() && std::isalnum(static_cast<unsigned char>(text_[pos_]))) ++pos_;
        std::string_view word = text_.substr(start, pos_ - start);
        pos_ = start;
        if (word == "true" || word == "false" || word == "null") {
            for (size_t i = 0; i < word.size(); ++i) advance();
            return;
        }
        if (word.empty()) fail(std::string("unexpected character '") + text_[pos_] + "', expected a value");
        fail("unknown word \"" + std::string(word) + "\", expected a value (true, false, null, a number, a string)");
    }

    void number() {
        auto digits = [&] {
            size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') advance();
            return pos_ - start;
        };
        if (peek() == '-') advance();
        if (peek() == '0') {
            advance();
            if (peek() >= '0' && peek() <= '9') fail("numbers must not start with 0");
        } else if (digits() == 0) {
            fail("invalid number");
        }
        if (peek() == '.') {
            advance();
            if (digits() == 0) fail("invalid number: expected a digit after '.'");
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-') advance();
            if (digits() == 0) fail("invalid number: expected a digit in the exponent");
        }
        if (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '_') fail("invalid number");
    }

    /// Scans a string and returns its raw (still escaped) contents.
    std::string_view string() {
        size_t open = pos_;
        SourceLocation start = here();
        advance();
        size_t begin = pos_;
        while (true) {
            if (pos_ >= text_.size() || text_[pos_] == '\n') {
                pos_ = open;
                line_ = start.line;
                column_ = start.column;
                fail("unterminated string");
            }
            char c = text_[pos_];
            if (c == '"') break;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string (write it as an escape)");
            if (c == '\\') {
                advance();
                char e = peek();
                if (e == 'u') {
                    advance();
                    for (int k = 0; k < 4; ++k) {
                        if (!std::isxdigit(static_cast<unsigned char>(peek()))) fail("invalid \\u escape in string");
                        advance();
                    }
                    continue;
                }
                if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0') {
                    fail(std::string("invalid escape '\\") + e + "' in string");
                }
            }
            advance();
        }
        std::string_view raw = text_.substr(begin, pos_ - begin);
        advance();
        return raw;
    }

    void object(int depth) {
        advance();  // {
        skip_space();
        if (peek() == '}') {
            advance();
            return;
        }
        std::set<std::string_view> keys;
        while (true) {
            skip_space();
            if (peek() == '}') fail("trailing comma before '}'");
            if (peek() == '\'') fail("strings must be in double quotes");
            if (peek() != '"') fail(pos_ >= text_.size() ? "unexpected end of file, expected '}'"
                                                         : "expected a member name in double quotes");
            SourceLocation key_where = here();
            std::string_view key = string();
            if (!keys.insert(key).second) {
                diagnostics_.error(key_where, "duplicate key \"" + std::string(key) + "\"");
            }
            skip_space();
            if (peek() != ':') fail("expected ':' after the member name");
            advance();
            skip_space();
            size_t mark = pointer_.size();
            append_pointer(key);
            value(depth + 1);
            pointer_.resize(mark);
            skip_space();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return;
            }
            fail(pos_ >= text_.size() ? "unexpected end of file, expected '}'" : "expected ',' or '}' after a member");
        }
    }

    void array(int depth) {
        advance();  // [
        skip_space();
        if (peek() == ']') {
            advance();
            return;
        }
        size_t index = 0;
        while (true) {
            skip_space();
            if (peek() == ']') fail("trailing comma before ']'");
            size_t mark = pointer_.size();
            pointer_ += '/';
            pointer_ += std::to_string(index++);
            value(depth + 1);
            pointer_.resize(mark);
            skip_space();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return;
            }
            fail(pos_ >= text_.size() ? "unexpected end of file, expected ']'" : "expected ',' or ']' after an element");
        }
    }

    /// Appends "/key" with JSON pointer escapes (~ → ~0, / → ~1); keys with escapes are decoded by nlohmann.
    void append_pointer(std::string_view raw_key) {
        pointer_ += '/';
        if (raw_key.find('\\') != std::string_view::npos) {
            try {
                std::string decoded = nlohmann::json::parse("\"" + std::string(raw_key) + "\"").get<std::string>();
                append_escaped(decoded);
            } catch (const std::exception&) {
                append_escaped(raw_key);
            }
            return;
        }
        append_escaped(raw_key);
    }

    void append_escaped(std::string_view key) {
        for (char c : key) {
            if (c == '~') {
                pointer_ += "~0";
            } else if (c == '/') {
                pointer_ += "~1";
            } else {
                pointer_ += c;
            }
        }
    }
};

}  // namespace

SourceLocation DataFile::at(const std::string& pointer) const {
    std::string p = pointer;
    while (true) {
        auto it = positions.find(p);
        if (it != positions.end()) return it->second;
        if (p.empty()) break;
        p.resize(p.rfind('/') == std::string::npos ? 0 : p.rfind('/'));
    }
    return SourceLocation{path, 0, 0};
}

bool parse_data_file(const std::string& path, std::string_view text, DataFile& out, Diagnostics& diagnostics) {
    out.path = path;
    out.value = nullptr;
    out.positions.clear();
    out.valid = false;
    if (auto bad = first_invalid_utf8(text)) {
        diagnostics.error(location_of_offset(text, *bad, path), "invalid UTF-8 (the file must be saved as UTF-8)");
        return false;
    }
    PositionScanner scanner(text, path, out, diagnostics);
    try {
        scanner.run();
    } catch (const ScanError& e) {
        diagnostics.error(scanner.location_at(e.offset), "invalid JSON: " + e.reason);
        out.positions.clear();
        return false;
    }
    try {
        out.value = nlohmann::json::parse(text.begin(), text.end());
    } catch (const std::exception& e) {
        diagnostics.error(SourceLocation{path, 0, 0}, "invalid JSON");
        out.positions.clear();
        return false;
    }
    out.valid = true;
    return true;
}

}  // namespace publish
