// Where words may be hyphenated: a dictionary interface (libhyphen in pdf/, fakes in tests).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace publish::layout {

/// A hyphenation dictionary for one language.
class Hyphenator {
public:
    virtual ~Hyphenator() = default;
    /// Byte offsets in a lowercase word before which a hyphen may be inserted.
    virtual std::vector<size_t> break_points(std::string_view lowercase_word) = 0;
};

/// Hyphenation points of a word as written (any case, trailing punctuation), cached per word.
/// Only the leading run of letters of at least five letters is hyphenated; offsets are bytes into `word`.
class HyphenationCache {
public:
    explicit HyphenationCache(Hyphenator* dictionary) : dictionary_(dictionary) {}
    const std::vector<size_t>& points(std::string_view word);

private:
    /// Lets the cache be searched with a string_view (no string built per look-up).
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    Hyphenator* dictionary_;
    std::unordered_map<std::string, std::vector<size_t>, Hash, std::equal_to<>> cache_;
};

/// Splits at positions listed in a table: "safe-guard-ing" style patterns for tests.
class ListHyphenator : public Hyphenator {
public:
    /// Each entry is a word with '-' where it may break ("part-ner-ship").
    explicit ListHyphenator(const std::vector<std::string>& patterns);
    std::vector<size_t> break_points(std::string_view lowercase_word) override;

private:
    std::unordered_map<std::string, std::vector<size_t>> words_;
};

}  // namespace publish::layout
