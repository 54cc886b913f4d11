// Period and date arithmetic on YYYY-MM-DD strings.
#include "data/period.h"

#include <cstdio>

namespace publish {

namespace {

bool digits(std::string_view text) {
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return !text.empty();
}

int number(std::string_view text) {
    int n = 0;
    for (char c : text) n = n * 10 + (c - '0');
    return n;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

std::string iso(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
    return buffer;
}

}  // namespace

bool valid_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    if (!digits(text.substr(0, 4)) || !digits(text.substr(5, 2)) || !digits(text.substr(8, 2))) return false;
    int year = number(text.substr(0, 4)), month = number(text.substr(5, 2)), day = number(text.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

bool valid_month_day(std::string_view text) {
    if (text.size() != 5 || text[2] != '-' || !digits(text.substr(0, 2)) || !digits(text.substr(3, 2))) return false;
    int month = number(text.substr(0, 2)), day = number(text.substr(3, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(2023, month);
}

bool valid_period(std::string_view period) {
    if (period.size() != 7 || period[4] != '-' || !digits(period.substr(0, 4)) || !digits(period.substr(5, 2))) {
        return false;
    }
    return (number(period.substr(0, 4)) + 1) % 100 == number(period.substr(5, 2));
}

std::optional<PeriodRange> period_range(std::string_view period, std::string_view year_starts) {
    if (!valid_period(period) || !valid_month_day(year_starts)) return std::nullopt;
    int year = number(period.substr(0, 4));
    int month = number(year_starts.substr(0, 2)), day = number(year_starts.substr(3, 2));
    // The end is the day before the same month-day a year later.
    int end_year = year + 1, end_month = month, end_day = day - 1;
    if (end_day == 0) {
        end_month = month - 1;
        if (end_month == 0) {
            end_month = 12;
            end_year = year;
        }
        end_day = days_in_month(end_year, end_month);
    }
    return PeriodRange{iso(year, month, day), iso(end_year, end_month, end_day)};
}

std::string period_label(std::string_view period) {
    std::string out(period);
    if (valid_period(period)) out.replace(4, 1, "\xE2\x80\x93");
    return out;
}

std::string format_date(std::string_view date) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (!valid_date(date)) return std::string(date);
    int day = number(date.substr(8, 2));
    return std::to_string(day) + " " + months[number(date.substr(5, 2)) - 1] + " " + std::string(date.substr(0, 4));
}

bool review_in_period(const Review& review, const PeriodRange& range) {
    if (review.started.empty()) return false;
    if (review.started > range.end) return false;
    return review.completed.empty() || review.completed >= range.start;
}

bool review_in_period(const Review& review, std::string_view period, std::string_view year_starts) {
    auto range = period_range(period, year_starts);
    return range && review_in_period(review, *range);
}

}  // namespace publish
