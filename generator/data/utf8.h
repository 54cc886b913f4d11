// UTF-8 well-formedness check for author files.
#pragma once

#include <optional>
#include <string_view>

namespace publish {

/// Byte offset of the first byte that is not part of well-formed UTF-8, or nullopt if all is well.
std::optional<size_t> first_invalid_utf8(std::string_view text);

}  // namespace publish
