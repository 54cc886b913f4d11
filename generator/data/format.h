// Figures as people read them: thousands separators, pounds, percentages, "n/a", shares that add up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/data.h"

namespace publish {

/// How a figure is printed.
enum class FigureKind { number, money, percent };

/// 67677 → "67,677"; 1234.5 with 1 decimal → "1,234.5"; rounds half away from zero in the last place.
std::string format_number(double value, int decimals = 0);

/// Whole pounds: 372064 → "£372,064"; pence are shown only when the amount has them ("£12.50").
std::string format_money(double value);

/// 43.7 → "43.7%" (the value is already a percentage).
std::string format_percent(double value, int decimals = 1);

/// A figure of a kind; null → "n/a". Numbers show up to 2 decimals, trailing zeros dropped.
std::string format_figure(const Figure& figure, FigureKind kind = FigureKind::number);

/// "number", "money" or "percent" → kind; false if unknown.
bool parse_figure_kind(std::string_view name, FigureKind& out);

/// Percentage shares of `values`, rounded to `decimals` by largest remainder so they sum to exactly
/// 100 (ties go to the earlier value). All zero if the values sum to zero.
std::vector<double> shares_to_100(const std::vector<double>& values, int decimals = 1);

/// Lower-case ASCII letters and digits joined by '-': "Office of the Police & Crime Commissioner" →
/// "office-of-the-police-crime-commissioner".
std::string slug_of(std::string_view text);

/// "face-to-face" → "Face-to-face": the first letter in capitals.
std::string capitalised(std::string_view text);

}  // namespace publish
