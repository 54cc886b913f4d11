// Finding {{< … >}} calls in Markdown, one pass over the text, replacing each with a placeholder.
#include "shortcodes/shortcodes.h"

namespace publish {

namespace {

/// Thrown by the call parser only; caught per call.
struct CallError {
    size_t offset;
    std::string message;
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/// Parses one call in `line` starting at `start` (the "{{<"); returns the offset just after ">}}".
class CallParser {
public:
    CallParser(std::string_view line, size_t start) : line_(line), pos_(start + 3) {}

    size_t parse(ShortcodeCall& call) {
        skip_space();
        size_t name_start = pos_;
        while (pos_ < line_.size() && (is_key_char(line_[pos_]) || line_[pos_] == '.')) ++pos_;
        call.name = std::string(line_.substr(name_start, pos_ - name_start));
        if (call.name.empty()) fail(name_start, "expected a shortcode name after {{<");
        for (char c : call.name) {
            if (!is_name_char(c)) {
                fail(name_start, "invalid shortcode name \"" + call.name + "\" (use a-z, 0-9 and -)");
            }
        }
        while (true) {
            size_t before = pos_;
            skip_space();
            if (pos_ >= line_.size()) fail(std::string::npos, "unclosed shortcode: expected >}} on the same line");
            if (line_.compare(pos_, 3, ">}}") == 0) return pos_ + 3;
            if (pos_ == before) fail(pos_, "expected a space before the next argument");
            argument(call);
        }
    }

private:
    std::string_view line_;
    size_t pos_;

    [[noreturn]] void fail(size_t offset, std::string message) { throw CallError{offset, std::move(message)}; }

    void skip_space() {
        while (pos_ < line_.size() && is_space(line_[pos_])) ++pos_;
    }

    bool at_value_end() const {
        char c = line_[pos_];
        return is_space(c) || c == '"' || c == '\'' || c == '=' || line_.compare(pos_, 3, ">}}") == 0;
    }

    /// A quoted string ("…" or '…', backslash escapes the quote and itself) or a bare word.
    std::string value() {
        if (pos_ < line_.size() && (line_[pos_] == '"' || line_[pos_] == '\'')) {
            char quote = line_[pos_];
            size_t open = pos_++;
            std::string out;
            while (true) {
                if (pos_ >= line_.size()) fail(open, "unterminated quoted argument");
                char c = line_[pos_];
                if (c == quote) break;
                if (c == '\\' && pos_ + 1 < line_.size() && (line_[pos_ + 1] == quote || line_[pos_ + 1] == '\\')) {
                    out += line_[pos_ + 1];
                    pos_ += 2;
                    continue;
                }
                out += c;
                ++pos_;
            }
            ++pos_;
            if (pos_ < line_.size() && !is_space(line_[pos_]) && line_.compare(pos_, 3, ">}}") != 0) {
                fail(pos_, "expected a space or >}} after the closing quote");
            }
            return out;
        }
        size_t start = pos_;
        while (pos_ < line_.size() && !at_value_end()) ++pos_;
        return std::string(line_.substr(start, pos_ - start));
    }

    void argument(ShortcodeCall& call) {
        size_t start = pos_;
        char c = line_[pos_];
        if (c == '"' || c == '\'') {
            call.args.emplace_back("", value());
            return;
        }
        if (c == '=') fail(pos_, "expected an argument name before '='");
        std::string word = value();
        if (pos_ < line_.size() && line_[pos_] == '=') {
            for (char k : word) {
                if (!is_key_char(k)) fail(start, "invalid argument name \"" + word + "\"");
            }
            ++pos_;
            if (pos_ >= line_.size() || is_space(line_[pos_]) || line_.compare(pos_, 3, ">}}") == 0) {
                fail(pos_, "expected a value after " + word + "=");
            }
            call.args.emplace_back(word, value());
            return;
        }
        if (word.empty()) fail(pos_, "unexpected character in shortcode");
        call.args.emplace_back("", word);
    }
};

/// Tracks fenced code blocks (``` or ~~~), inside which calls are left as they are.
struct FenceState {
    char marker = 0;
    size_t length = 0;

    /// Updates the state for one line; true if the line is inside a fence or is a fence line.
    bool line(std::string_view text) {
        size_t i = 0;
        while (i < text.size() && (is_space(text[i]) || text[i] == '>')) ++i;
        char c = i < text.size() ? text[i] : 0;
        size_t run = 0;
        if (c == '`' || c == '~') {
            while (i + run < text.size() && text[i + run] == c) ++run;
        }
        if (marker == 0) {
            if (run >= 3) {
                marker = c;
                length = run;
                return true;
            }
            return false;
        }
        if (c == marker && run >= length && text.find_first_not_of(" \t\r", i + run) == std::string_view::npos) {
            marker = 0;
        }
        return true;
    }
};

/// Number of characters (not bytes) in text.
int characters(std::string_view text) {
    int n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::string shortcode_placeholder(size_t index) {
    return "\xEE\x80\x80" + std::to_string(index) + "\xEE\x80\x81";
}

ExtractedShortcodes extract_shortcodes(std::string_view markdown, const std::string& file, int first_line,
                                       Diagnostics& diagnostics) {
    ExtractedShortcodes out;
    out.text.reserve(markdown.size());
    FenceState fence;
    size_t line_start = 0;
    int line_number = first_line;
    while (line_start <= markdown.size()) {
        size_t line_end = markdown.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = markdown.size();
        std::string_view line = markdown.substr(line_start, line_end - line_start);
        size_t copied = 0;  // offset in `line` up to which text is already in out.text
        if (!fence.line(line)) {
            size_t column_offset = 0;
            int column = 1;
            auto column_of = [&](size_t offset) {  // offsets only grow, so lines are counted once
                column += characters(line.substr(column_offset, offset - column_offset));
                column_offset = offset;
                return column;
            };
            size_t at = line.find("{{<");
            while (at != std::string_view::npos) {
                size_t after = at + 3;
                size_t comment = line.find_first_not_of(" \t", after);
                if (comment != std::string_view::npos && line.compare(comment, 2, "/*") == 0) {
                    // {{</* name */>}} writes a call literally: "{{< name >}}".
                    size_t close = line.find("*/", comment + 2);
                    size_t end = close == std::string_view::npos ? close : line.find_first_not_of(" \t", close + 2);
                    if (end != std::string_view::npos && line.compare(end, 3, ">}}") == 0) {
                        out.text.append(line.substr(copied, at - copied));
                        out.text += "{{<";
                        out.text.append(line.substr(comment + 2, close - comment - 2));
                        out.text += ">}}";
                        copied = end + 3;
                        at = line.find("{{<", copied);
                        continue;
                    }
                }
                ShortcodeCall call;
                call.where = SourceLocation{file, line_number, column_of(at)};
                try {
                    size_t end = CallParser(line, at).parse(call);
                    call.source_text = std::string(line.substr(at, end - at));
                    out.text.append(line.substr(copied, at - copied));
                    out.text += shortcode_placeholder(out.calls.size());
                    out.calls.push_back(std::move(call));
                    copied = end;
                    at = line.find("{{<", end);
                } catch (const CallError& e) {
                    SourceLocation where = call.where;
                    if (e.offset != std::string::npos) {
                        where.column += characters(line.substr(column_offset, e.offset - column_offset));
                    }
                    diagnostics.error(where, e.message);
                    at = line.find("{{<", after);
                }
            }
        }
        out.text.append(line.substr(copied));
        if (line_end == markdown.size()) break;
        out.text += '\n';
        line_start = line_end + 1;
        ++line_number;
    }
    return out;
}

}  // namespace publish
