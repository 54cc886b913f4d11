// The en-GB hyphenation dictionary (libhyphen + hyphen-en-gb) behind layout's Hyphenator interface.
#pragma once

#include <string>

#include "layout/hyphenate.h"

namespace publish::pdf {

/// libhyphen patterns for one language; loaded once per process, read-only afterwards.
class HyphenDictionary : public layout::Hyphenator {
public:
    /// The dictionary for a language tag ("en-GB"), or null if none is installed.
    static HyphenDictionary* for_language(const std::string& language);
    std::vector<size_t> break_points(std::string_view lowercase_word) override;
    /// Frees the patterns (at exit), so leak checkers see every allocation returned.
    ~HyphenDictionary() override;
    HyphenDictionary(const HyphenDictionary&) = delete;
    HyphenDictionary& operator=(const HyphenDictionary&) = delete;

private:
    explicit HyphenDictionary(void* dict) : dict_(dict) {}
    void* dict_;
};

}  // namespace publish::pdf
