// Source locations and diagnostics: every error is a value that says where it comes from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace publish {

/// A place in an author's file: path relative to the site root, 1-based line and column (0 = unknown).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning, note };

/// One message for the author, like a compiler's.
struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string hint;  ///< optional: printed as "(did you mean …?)" style advice on its own line
};

/// Formats `file:line:col: error: message` (omitting unknown parts), then `  hint: …` if any.
std::string format_diagnostic(const Diagnostic& d);

/// Collects diagnostics from every step of a build; never prints.
class Diagnostics {
public:
    void error(SourceLocation where, std::string message, std::string hint = {});
    void warning(SourceLocation where, std::string message, std::string hint = {});
    void add(Diagnostic d);
    /// Appends every diagnostic of another list (used to merge per-thread lists).
    void merge(const Diagnostics& other);

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return list_; }
    /// Sorts by file, line, column so output is stable whatever order threads finished in, and
    /// drops exact repeats (same place, severity, message and hint), adjusting the counts.
    void sort();

private:
    std::vector<Diagnostic> list_;
    int errors_ = 0;
    int warnings_ = 0;
};

/// The candidate closest to `word` by edit distance, or "" if none is close enough for a hint.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// "did you mean "x"?" for the closest candidate, or "" if none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// Line and column (1-based, columns counted in characters) of a byte offset in a text.
SourceLocation location_of_offset(std::string_view text, size_t offset, const std::string& file);

}  // namespace publish
