// Loading hyph_en_GB.dic and asking libhyphen for break points.
#include "pdf/hyphen_dictionary.h"

#include <memory>
#include <mutex>

#include <hyphen.h>

namespace publish::pdf {

HyphenDictionary* HyphenDictionary::for_language(const std::string& language) {
    static std::once_flag once;
    static std::unique_ptr<HyphenDictionary> en_gb;
    if (language.rfind("en", 0) != 0) return nullptr;
    std::call_once(once, [] {
        if (HyphenDict* d = hnj_hyphen_load("/usr/share/hyphen/hyph_en_GB.dic")) en_gb.reset(new HyphenDictionary(d));
    });
    return en_gb.get();
}

HyphenDictionary::~HyphenDictionary() { hnj_hyphen_free(static_cast<HyphenDict*>(dict_)); }

std::vector<size_t> HyphenDictionary::break_points(std::string_view word) {
    std::vector<size_t> out;
    int n = static_cast<int>(word.size());
    if (n == 0 || n > 100) return out;
    std::string text(word);
    std::vector<char> hyph(n + 5);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(static_cast<HyphenDict*>(dict_), text.c_str(), n, hyph.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 3);
    for (int i = 0; i + 1 < n; ++i)
        if ((hyph[i] - '0') % 2 == 1 && !rep) out.push_back(static_cast<size_t>(i + 1));
    if (rep) {
        for (int i = 0; i < n; ++i) free(rep[i]);
        free(rep);
        free(pos);
        free(cut);
        out.clear();  // non-standard hyphenation (changed spelling): do not break
    }
    return out;
}

}  // namespace publish::pdf
