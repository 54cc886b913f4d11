// Whole-word, case- and space-tolerant search, and readable forms of output bytes.
#include "leaks/term_match.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace publish {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Letters, digits and every byte of a non-ASCII character count as part of a word.
bool is_word_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// The value of `digits` in `base`, or nullopt-like UINT32_MAX if empty, invalid or too large.
uint32_t parse_number(std::string_view digits, int base) {
    if (digits.empty() || digits.size() > 8) return UINT32_MAX;
    uint32_t value = 0;
    for (char c : digits) {
        int d = c >= '0' && c <= '9' ? c - '0' : base == 16 && lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10 : -1;
        if (d < 0) return UINT32_MAX;
        value = value * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    }
    return value;
}

/// JSON string escapes decoded (\" \\ \/ \n \uXXXX); everything else as it is.
std::string decode_json_escapes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char e = s[++i];
        if (e == 'u' && i + 4 < s.size()) {
            uint32_t cp = parse_number(s.substr(i + 1, 4), 16);
            if (cp != UINT32_MAX) {
                i += 4;
                // A surrogate pair: \uD83D\uDE00.
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
                    uint32_t low = parse_number(s.substr(i + 3, 4), 16);
                    if (low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                append_utf8(out, cp);
                continue;
            }
        }
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
    }
    return out;
}

/// Tags replaced by `tag_replacement`, then character references decoded; no-break spaces become spaces.
std::string strip_markup(std::string_view s, std::string_view tag_replacement) {
    std::string text;
    text.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                text += tag_replacement;
                i = close;
                continue;
            }
        }
        text += s[i];
    }
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            out += ' ';
            ++i;
            continue;
        }
        size_t semi = text[i] == '&' ? text.find(';', i) : std::string::npos;
        if (semi == std::string::npos || semi - i > 10) {
            out += text[i];
            continue;
        }
        std::string_view name = std::string_view(text).substr(i + 1, semi - i - 1);
        uint32_t cp = UINT32_MAX;
        if (name == "amp") cp = '&';
        else if (name == "lt") cp = '<';
        else if (name == "gt") cp = '>';
        else if (name == "quot") cp = '"';
        else if (name == "apos") cp = '\'';
        else if (name == "nbsp") cp = ' ';
        else if (name.starts_with("#x") || name.starts_with("#X")) cp = parse_number(name.substr(2), 16);
        else if (name.starts_with("#")) cp = parse_number(name.substr(1), 10);
        if (cp == UINT32_MAX || cp == 0 || cp >= 0x110000) {
            out += text[i];
            continue;
        }
        append_utf8(out, cp == 0xA0 ? ' ' : cp);
        i = semi;
    }
    return out;
}

/// `s` with every occurrence of `from` replaced by `to`.
std::string replace_all(std::string_view s, std::string_view from, std::string_view to) {
    std::string out;
    size_t pos = 0;
    for (size_t at; (at = s.find(from, pos)) != std::string_view::npos; pos = at + from.size()) {
        out.append(s, pos, at - pos);
        out += to;
    }
    out.append(s, pos, std::string_view::npos);
    return out;
}

}  // namespace

std::string normalize_term(std::string_view term) {
    std::string out;
    for (char c : term) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += lower(c);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

size_t find_term(std::string_view text, std::string_view term, size_t from) {
    if (term.empty()) return std::string_view::npos;
    const bool word_start = is_word_byte(term.front()), word_end = is_word_byte(term.back());
    const char first = term.front();
    const char upper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
    // The next place of the first character in either case, found with memchr (much faster than
    // a loop) and kept until passed.
    const auto next = [&](char c, size_t at) {
        const void* p = std::memchr(text.data() + at, c, text.size() - at);
        return p ? static_cast<size_t>(static_cast<const char*>(p) - text.data()) : text.size();
    };
    size_t next_lower = from < text.size() ? next(first, from) : text.size();
    size_t next_upper = from < text.size() && upper != first ? next(upper, from) : text.size();
    for (size_t i = from; i < text.size(); ++i) {
        if (next_lower < i) next_lower = next(first, i);
        if (next_upper < i) next_upper = upper == first ? text.size() : next(upper, i);
        i = std::min(next_lower, next_upper);
        if (i >= text.size()) break;
        if (word_start && i > 0 && is_word_byte(text[i - 1])) continue;
        size_t k = i, j = 0;
        for (; j < term.size() && k < text.size(); ++j) {
            if (term[j] == ' ') {
                if (!is_space(text[k])) break;
                while (k < text.size() && is_space(text[k])) ++k;
            } else {
                if (lower(text[k]) != term[j]) break;
                ++k;
            }
        }
        if (j < term.size()) continue;
        if (word_end && k < text.size() && is_word_byte(text[k])) continue;
        return i;
    }
    return std::string_view::npos;
}

std::vector<std::string> readable_forms(std::string_view path, std::string_view bytes) {
    std::vector<std::string> forms{std::string(bytes)};
    const bool json = ends_with(path, ".json");
    if (!json && !ends_with(path, ".html") && !ends_with(path, ".xml") && !ends_with(path, ".svg")) return forms;
    const std::string decoded = json ? decode_json_escapes(bytes) : std::string(bytes);
    forms.push_back(strip_markup(decoded, ""));
    forms.push_back(strip_markup(decoded, " "));
    return forms;
}

std::vector<std::string> pdf_text_forms(std::string_view text) {
    const std::string runs_joined = replace_all(text, "\x1f", "");
    std::string dehyphenated = replace_all(replace_all(runs_joined, "-\n", ""), "\n", " ");
    std::string hyphen_kept = replace_all(replace_all(runs_joined, "-\n", "-"), "\n", " ");
    std::string spaced = replace_all(replace_all(text, "\x1f", " "), "\n", " ");
    return {std::move(dehyphenated), std::move(hyphen_kept), std::move(spaced)};
}

}  // namespace publish
