// UTF-8 well-formedness check for author files.
#pragma once

#include <optional>
#include <string_view>

namespace publish {

/// Byte offset of the first byte that is not part of well-formed UTF-8, or nullopt if all is well.
std::optional<size_t> first_invalid_utf8(std::string_view text);

/// Moves a 1-based line and column (counted in characters) past byte `c` of UTF-8 text.
inline void advance_position(unsigned char c, int& line, int& column) {
    if (c == '\n') {
        ++line;
        column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a continuation byte
        ++column;
    }
}

}  // namespace publish
