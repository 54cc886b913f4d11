// Slugs for headings and titles: lower-case ASCII words joined by '-', accents folded.
#include "markdown/markdown.h"

#include <cstdint>

namespace publish {

namespace {

/// ASCII spelling of U+00C0…U+00FF ("" = not a letter: a separator).
constexpr const char* latin1_letters[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   // F0
};

/// ASCII spelling of U+0100…U+017F (Latin Extended-A).
constexpr const char* latin_extended_a_letters[128] = {
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",       // 100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",       // 110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",       // 120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",     // 130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",       // 140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",     // 150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",       // 160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",       // 170
};

/// Decodes one UTF-8 code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = length == 1 ? b : b & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

/// What a code point contributes to a slug: letters, "" for a separator, nullptr to drop it.
const char* slug_part(char32_t cp, char (&ascii)[2]) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
        ascii[0] = static_cast<char>(cp);
        return ascii;
    }
    if (cp >= 'A' && cp <= 'Z') {
        ascii[0] = static_cast<char>(cp - 'A' + 'a');
        return ascii;
    }
    if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0xA3) return nullptr;  // apostrophes, £
    if (cp >= 0xC0 && cp <= 0xFF) return latin1_letters[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) return latin_extended_a_letters[cp - 0x100];
    return "";
}

}  // namespace

std::string slugify(std::string_view text) {
    std::string slug;
    slug.reserve(text.size());
    bool pending_dash = false;
    auto add_word = [&](const char* letters) {
        if (pending_dash && !slug.empty()) slug += '-';
        pending_dash = false;
        slug += letters;
    };
    char ascii[2] = {0, 0};
    for (size_t i = 0; i < text.size();) {
        char32_t cp = next_code_point(text, i);
        if (cp == '&') {  // "Fish & chips" → fish-and-chips
            pending_dash = true;
            add_word("and");
            pending_dash = true;
            continue;
        }
        const char* part = slug_part(cp, ascii);
        if (part == nullptr) continue;
        if (*part == '\0') {
            pending_dash = true;
            continue;
        }
        add_word(part);
    }
    return slug.empty() ? std::string("section") : slug;
}

}  // namespace publish
