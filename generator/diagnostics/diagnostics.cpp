// Formatting, collecting and sorting diagnostics; edit-distance hints.
#include "diagnostics/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace publish {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.where.file.empty()) {
        out += d.where.file;
        if (d.where.line > 0) {
            out += ':' + std::to_string(d.where.line);
            if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
        }
        out += ": ";
    }
    switch (d.severity) {
        case Severity::error: out += "error: "; break;
        case Severity::warning: out += "warning: "; break;
        case Severity::note: out += "note: "; break;
    }
    out += d.message;
    if (!d.hint.empty()) out += "\n  hint: " + d.hint;
    return out;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
    add({Severity::error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
    add({Severity::warning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    if (d.severity == Severity::warning) ++warnings_;
    list_.push_back(std::move(d));
}

void Diagnostics::merge(const Diagnostics& other) {
    for (const auto& d : other.list_) add(d);
}

void Diagnostics::sort() {
    std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
    // The same message at the same place (a partial included by many templates) is said once.
    std::vector<Diagnostic> unique;
    size_t run_start = 0;  // first diagnostic in `unique` at the current location
    for (auto& d : list_) {
        if (!unique.empty() && std::tie(d.where.file, d.where.line, d.where.column) !=
                                   std::tie(unique.back().where.file, unique.back().where.line, unique.back().where.column))
            run_start = unique.size();
        bool seen = std::any_of(unique.begin() + static_cast<std::ptrdiff_t>(run_start), unique.end(), [&](const Diagnostic& u) {
            return u.severity == d.severity && u.message == d.message && u.hint == d.hint;
        });
        if (!seen) {
            unique.push_back(std::move(d));
        } else if (d.severity == Severity::error) {
            --errors_;
        } else if (d.severity == Severity::warning) {
            --warnings_;
        }
    }
    list_ = std::move(unique);
}

static size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closest_match(word, candidates);
    return best.empty() ? std::string{} : "did you mean \"" + best + "\"?";
}

SourceLocation location_of_offset(std::string_view text, size_t offset, const std::string& file) {
    SourceLocation loc{file, 1, 1};
    offset = std::min(offset, text.size());
    for (size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++loc.column;
        }
    }
    return loc;
}

}  // namespace publish
