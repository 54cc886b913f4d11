// Number, money and percentage formatting; largest-remainder shares; slugs.
#include "data/format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace publish {

std::string format_number(double value, int decimals) {
    decimals = std::clamp(decimals, 0, 6);
    double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;  // half away from zero
    if (rounded == 0) rounded = 0;                       // no "-0"
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(rounded));
    std::string digits = buffer;
    size_t point = digits.find('.');
    size_t integer_end = point == std::string::npos ? digits.size() : point;
    std::string out = rounded < 0 ? "-" : "";
    for (size_t i = 0; i < integer_end; ++i) {
        if (i > 0 && (integer_end - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    out.append(digits, integer_end, std::string::npos);
    return out;
}

std::string format_money(double value) {
    bool pence = std::fabs(value - std::round(value)) >= 0.005;
    std::string number = format_number(std::fabs(value), pence ? 2 : 0);
    return (value < 0 && number != "0" ? "-£" : "£") + number;
}

std::string format_percent(double value, int decimals) {
    return format_number(value, decimals) + "%";
}

/// Up to 2 decimals, trailing zeros dropped: 8.10 → "8.1", 67677.0 → "67,677".
static std::string trimmed_number(double value) {
    std::string out = format_number(value, 2);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
}

std::string format_figure(const Figure& figure, FigureKind kind) {
    if (!figure) return "n/a";
    switch (kind) {
        case FigureKind::money: return format_money(*figure);
        case FigureKind::percent: return trimmed_number(*figure) + "%";
        case FigureKind::number: break;
    }
    return trimmed_number(*figure);
}

bool parse_figure_kind(std::string_view name, FigureKind& out) {
    if (name == "number") {
        out = FigureKind::number;
    } else if (name == "money") {
        out = FigureKind::money;
    } else if (name == "percent") {
        out = FigureKind::percent;
    } else {
        return false;
    }
    return true;
}

std::vector<double> shares_to_100(const std::vector<double>& values, int decimals) {
    decimals = std::clamp(decimals, 0, 6);
    std::vector<double> shares(values.size(), 0.0);
    double sum = std::accumulate(values.begin(), values.end(), 0.0);
    if (values.empty() || sum <= 0) return shares;
    const long long scale = static_cast<long long>(std::llround(std::pow(10.0, decimals)));
    const long long units = 100 * scale;
    std::vector<long long> whole(values.size());
    std::vector<double> remainder(values.size());
    long long given = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        double exact = values[i] / sum * static_cast<double>(units);
        whole[i] = static_cast<long long>(std::floor(exact + 1e-9));
        remainder[i] = exact - static_cast<double>(whole[i]);
        given += whole[i];
    }
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (size_t k = 0; given < units && k < order.size(); ++k, ++given) ++whole[order[k]];
    for (size_t i = 0; i < values.size(); ++i) shares[i] = static_cast<double>(whole[i]) / static_cast<double>(scale);
    return shares;
}

std::string slug_of(std::string_view text) {
    std::string out;
    bool gap = false;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            if (gap && !out.empty()) out += '-';
            out += static_cast<char>(std::tolower(u));
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace publish
