// Hyphenation points per word: find the word's letters, ask the dictionary, cache the answer.
#include "layout/hyphenate.h"

namespace publish::layout {
namespace {

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

}  // namespace

const std::vector<size_t>& HyphenationCache::points(std::string_view word) {
    auto found = cache_.find(word);
    if (found != cache_.end()) return found->second;
    std::vector<size_t> result;
    if (dictionary_) {
        size_t start = 0;
        while (start < word.size() && !is_letter_byte(static_cast<unsigned char>(word[start]))) ++start;
        size_t end = start;
        while (end < word.size() && is_letter_byte(static_cast<unsigned char>(word[end]))) ++end;
        // Typographic right quote inside a word (children’s) ends the letters too.
        std::string core(word.substr(start, end - start));
        if (auto q = core.find("\xE2\x80\x99"); q != std::string::npos) core.resize(q);
        bool upper_word = true;
        for (char c : core) if (c >= 'a' && c <= 'z') upper_word = false;
        if (core.size() >= 5 && !upper_word) {  // leave acronyms (NSPCC) whole
            std::string lower = core;
            for (auto& c : lower) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            for (size_t p : dictionary_->break_points(lower))
                if (p >= 2 && p + 3 <= lower.size()) result.push_back(start + p);
        }
    }
    return cache_.emplace(std::string(word), std::move(result)).first->second;
}

ListHyphenator::ListHyphenator(const std::vector<std::string>& patterns) {
    for (const auto& pattern : patterns) {
        std::string word;
        std::vector<size_t> points;
        for (char c : pattern) {
            if (c == '-') points.push_back(word.size());
            else word += c;
        }
        words_[word] = points;
    }
}

std::vector<size_t> ListHyphenator::break_points(std::string_view lowercase_word) {
    auto found = words_.find(std::string(lowercase_word));
    return found == words_.end() ? std::vector<size_t>{} : found->second;
}

}  // namespace publish::layout
