#include <catch2/catch.hpp>

#include "leaks/term_match.h"

using namespace publish;

namespace {
bool in_any(const std::vector<std::string>& forms, std::string_view term) {
    for (const auto& form : forms)
        if (find_term(form, normalize_term(term)) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("a term is found as a whole word in any case and across wrapped lines") {
    const std::string term = normalize_term("Jordan  Example");
    CHECK(term == "jordan example");
    CHECK(find_term("Met JORDAN EXAMPLE today", term) == 4);
    CHECK(find_term("Met Jordan\n   Example today", term) == 4);
    CHECK(find_term("Jordan Examples", term) == std::string::npos);
    CHECK(find_term("XJordan Example", term) == std::string::npos);
    CHECK(find_term("Jordan Example", term, 1) == std::string::npos);
    CHECK(find_term("Ava is available", normalize_term("ava")) == 0);
    CHECK(find_term("available", normalize_term("ava")) == std::string::npos);
    CHECK(find_term("Zoë Ava", normalize_term("ava")) == 5);
    CHECK(find_term("ÉAva", normalize_term("ava")) == std::string::npos);  // part of a longer word
}

TEST_CASE("a term that starts or ends with punctuation needs no boundary there") {
    CHECK(find_term("ref#0042x", normalize_term("#0042")) == std::string::npos);
    CHECK(find_term("ref#0042 x", normalize_term("#0042")) == 3);
}

TEST_CASE("markup, character references and JSON escapes do not hide a term") {
    CHECK(in_any(readable_forms("a/index.html", "<p>Jordan <em>Example</em></p>"), "Jordan Example"));
    CHECK(in_any(readable_forms("a/index.html", "<p>Jor<wbr>dan</p>"), "Jordan"));
    CHECK(in_any(readable_forms("a/index.html", "<td>Ava</td><td>Lon</td>"), "Ava"));
    CHECK(in_any(readable_forms("a/index.html", "O&#39;Neill and O&#x27;Neill"), "O'Neill"));
    CHECK(in_any(readable_forms("a/index.html", "Jordan&nbsp;Example"), "Jordan Example"));
    CHECK(in_any(readable_forms("a/index.html", "Jordan\xC2\xA0" "Example"), "Jordan Example"));
    CHECK(in_any(readable_forms("feed.xml", "<title>Smith &amp; Jones</title>"), "Smith & Jones"));
    CHECK(in_any(readable_forms("search-index.json", R"({"t":"O\u0027Neill \"Zo\u00eb\""})"), "Zoë"));
    CHECK(in_any(readable_forms("search-index.json", R"({"t":"O\u0027Neill"})"), "O'Neill"));
    CHECK_FALSE(in_any(readable_forms("a/index.html", "<p>Jordan Examples</p>"), "Jordan Example"));
}

TEST_CASE("PDF text is searched with runs joined, hyphenated line ends undone and cells apart") {
    CHECK(in_any(pdf_text_forms("Met Jor\x1f" "dan Ex-\nample today"), "Jordan Example"));
    CHECK(in_any(pdf_text_forms("Ava\x1fLon"), "Ava"));
    CHECK(in_any(pdf_text_forms("multi-\nagency"), "multi-agency"));
    CHECK_FALSE(in_any(pdf_text_forms("Jordan Examples"), "Jordan Example"));
}
