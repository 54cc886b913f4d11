// Test helpers for charts: the example partnership's funding and training data, and text bounds.
#pragma once

#include "charts/chart.h"
#include "charts/text_metrics.h"
#include "model/site.h"

namespace publish::testing {

/// Funding 2023-24 and training figures as in the example site.
inline SiteData example_data() {
    SiteData data;
    Funding funding;
    FundingYear year;
    year.period = "2023-24";
    for (auto [partner, amount] : std::vector<std::pair<const char*, double>>{{"County Council", 162435},
                                                                           {"Office of the Police and Crime Commissioner", 74933},
                                                                           {"Integrated Care Board", 103031},
                                                                           {"District councils", 28070},
                                                                           {"Probation Service", 3595}})
        year.contributions.push_back({partner, amount, {}});
    funding.years.push_back(year);
    data.funding = funding;
    Training training;
    training.periods = {{"2022-23", "Sep 2022 – Sep 2023"}, {"2023-24", "Sep 2023 – Apr 2024"}};
    Course a{"Inter-agency safeguarding children and young people: modules 3 and 4 combined", "face-to-face", {}, {}, {}};
    a.attended = {{"2022-23", 0}, {"2023-24", 38}};
    a.sessions = {{"2022-23", 0}, {"2023-24", 2}};
    Course b{"Child exploitation", "face-to-face", {}, {}, {}};
    b.attended = {{"2022-23", 183}, {"2023-24", 132}};
    b.sessions = {{"2022-23", 11}, {"2023-24", std::nullopt}};
    training.courses = {a, b};
    training.evaluations = {{"Child sexual abuse e-learning (three modules)", "0-10", 5.2, 8.4, 244},
                            {"Inter-agency safeguarding children and young people (modules 1 to 4)", "0-10", 5.9, 8.7, 618}};
    data.training = training;
    return data;
}

/// True if every text run lies inside the drawing (by the estimated widths the layout used).
inline bool text_inside(const Drawing& d) {
    for (const auto& item : d.items) {
        const auto* t = std::get_if<TextRun>(&item);
        if (t == nullptr) continue;
        double w = charts::text_width(t->text, t->size, t->bold);
        double left = t->anchor == Anchor::start ? t->x : t->anchor == Anchor::middle ? t->x - w / 2 : t->x - w;
        if (left < -0.5 || left + w > d.width + 0.5 || t->y - t->size < -0.5 || t->y > d.height + 0.5) return false;
    }
    return true;
}

/// Every item of one type, in painting order.
template <typename T>
std::vector<T> items_of(const Drawing& d) {
    std::vector<T> out;
    for (const auto& item : d.items)
        if (const auto* t = std::get_if<T>(&item)) out.push_back(*t);
    return out;
}

/// The text run whose text is exactly `s`, or nullptr.
inline const TextRun* find_text(const Drawing& d, const std::string& s) {
    for (const auto& item : d.items)
        if (const auto* t = std::get_if<TextRun>(&item); t && t->text == s) return t;
    return nullptr;
}

}  // namespace publish::testing
