// Finding a sensitive term in text: whole words, any case, any run of spaces between words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace publish {

/// A term ready to search for: ASCII letters lower-cased, runs of white space made one space.
std::string normalize_term(std::string_view term);

/// The byte offset of the first whole-word match of a normalized term in `text` at or after
/// `from`, or npos. Matching ignores ASCII case and lets each space in the term match any run of
/// white space (a name wrapped across source lines). A match must not have a letter or digit
/// (or any non-ASCII byte) right before or after it: "Ava" is not found in "available".
size_t find_term(std::string_view text, std::string_view normalized_term, size_t from = 0);

/// Readable forms of an output file's bytes, so a term hidden by markup is still found:
/// the bytes as they are; then, for markup and JSON, with character references and escapes
/// decoded and tags removed (once joined, once spaced, as a tag may sit inside a word or
/// between two cells).
std::vector<std::string> readable_forms(std::string_view path, std::string_view bytes);

/// Readable forms of a PDF's extracted text, where items on one baseline are separated by
/// '\x1f' and lines by '\n': runs joined (a word split into runs) with a "-" at a line end
/// removed (a hyphenated word) and kept ("CASE-0042" broken after its hyphen); and runs spaced
/// (two table cells on one baseline).
std::vector<std::string> pdf_text_forms(std::string_view text);

}  // namespace publish
