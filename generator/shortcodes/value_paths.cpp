// Resolving value paths: funding, training, reviews and key-figures figures, then any numeric leaf.
#include "shortcodes/value_paths.h"

#include <algorithm>

#include "data/format.h"
#include "data/period.h"
#include "data/readers.h"

namespace publish {

namespace {

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        size_t dot = path.find('.', start);
        parts.push_back(path.substr(start, dot - start));
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

bool is_index(const std::string& s) {
    return !s.empty() && s.size() < 6 && s.find_first_not_of("0123456789") == std::string::npos;
}

/// funding.<period>.total | count | stated_total | <partner slug or index>[.amount | .share]
std::optional<std::string> funding_value(const std::vector<std::string>& p, const Funding& funding) {
    if (p.size() < 3 || p.size() > 4) return std::nullopt;
    const FundingYear* year = nullptr;
    for (const auto& y : funding.years) {
        if (y.period == p[1]) year = &y;
    }
    if (year == nullptr) return std::nullopt;
    std::vector<double> amounts;
    double total = 0;
    for (const auto& c : year->contributions) {
        if (c.amount) amounts.push_back(*c.amount), total += *c.amount;
    }
    if (p.size() == 3 && p[2] == "total") return format_money(total);
    if (p.size() == 3 && p[2] == "count") return format_number(static_cast<double>(year->contributions.size()));
    if (p.size() == 3 && p[2] == "stated_total") return format_figure(year->stated_total, FigureKind::money);
    size_t known = 0;
    for (size_t i = 0; i < year->contributions.size(); ++i) {
        const Contribution& c = year->contributions[i];
        if (slug_of(c.partner) == p[2] || (is_index(p[2]) && std::stoul(p[2]) == i)) {
            if (p.size() == 3 || p[3] == "amount") return format_figure(c.amount, FigureKind::money);
            if (p[3] != "share") return std::nullopt;
            if (!c.amount || total <= 0) return std::string("n/a");
            return format_percent(shares_to_100(amounts, 1)[known], 1);
        }
        if (c.amount) ++known;
    }
    return std::nullopt;
}

/// training.<period>.attended | sessions, or training.<period>.<course slug>.attended | sessions
std::optional<std::string> training_value(const std::vector<std::string>& p, const Training& training) {
    if (p.size() < 3 || p.size() > 4) return std::nullopt;
    const std::string& measure = p.back();
    if (measure != "attended" && measure != "sessions") return std::nullopt;
    bool period_known = false;
    for (const auto& period : training.periods) period_known = period_known || period.id == p[1];
    if (!period_known) return std::nullopt;
    double total = 0;
    bool any = false, course_found = false;
    for (const auto& course : training.courses) {
        if (p.size() == 4 && slug_of(course.title) != p[2]) continue;
        course_found = true;
        const auto& figures = measure == "attended" ? course.attended : course.sessions;
        auto it = figures.find(p[1]);
        if (it != figures.end() && it->second) total += *it->second, any = true;
    }
    if (p.size() == 4 && !course_found) return std::nullopt;
    return any ? format_number(total) : "n/a";
}

/// reviews.count, reviews.<type>.count, reviews.<period>.count, reviews.<period>.<type>.count
std::optional<std::string> reviews_value(const std::vector<std::string>& p, const std::vector<Review>& reviews,
                                         const std::string& year_starts) {
    if (p.size() < 2 || p.size() > 4 || p.back() != "count") return std::nullopt;
    std::string period, type;
    for (size_t i = 1; i + 1 < p.size(); ++i) {
        bool is_type = std::find(review_types().begin(), review_types().end(), p[i]) != review_types().end();
        if (i == 1 && valid_period(p[i])) {
            period = p[i];
        } else if (is_type && type.empty()) {
            type = p[i];
        } else {
            return std::nullopt;
        }
    }
    auto range = period.empty() ? std::nullopt : period_range(period, year_starts);
    if (!period.empty() && !range) return std::nullopt;
    size_t count = 0;
    for (const auto& r : reviews) {
        if ((type.empty() || r.type == type) && (!range || review_in_period(r, *range))) ++count;
    }
    return format_number(static_cast<double>(count));
}

/// key-figures.<id or label slug>[.value | .previous]
std::optional<std::string> key_figure_value(const std::vector<std::string>& p, const std::vector<KeyFigureItem>& items) {
    if (p.size() < 2 || p.size() > 3) return std::nullopt;
    for (const auto& item : items) {
        if (item.id != p[1] && slug_of(item.label) != p[1]) continue;
        FigureKind kind = FigureKind::number;
        parse_figure_kind(item.format, kind);
        if (p.size() == 2 || p[2] == "value") return format_figure(item.value, kind);
        if (p[2] == "previous") return format_figure(item.previous, kind);
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> resolve_value(const std::string& path, const Site& site, const DataStore& store,
                                         std::string& error) {
    const SiteData& data = site.data;
    std::vector<std::string> p = split(path);
    std::optional<std::string> found;
    if (p[0] == "funding" && data.funding) found = funding_value(p, *data.funding);
    if (p[0] == "training" && data.training) found = training_value(p, *data.training);
    if (p[0] == "reviews" && data.reviews) found = reviews_value(p, *data.reviews, site.config.year_starts);
    if (p[0] == "key-figures" && data.key_figures) found = key_figure_value(p, *data.key_figures);
    if (found) return found;
    const nlohmann::json* value = store.find(path);
    if (value == nullptr) return std::nullopt;
    if (value->is_null()) return std::string("n/a");
    if (value->is_number()) return format_figure(value->get<double>(), p[0] == "funding" ? FigureKind::money : FigureKind::number);
    if (value->is_string()) return value->get<std::string>();
    error = "data path \"" + path + "\" is " + (value->is_object() ? "a group of values" : "a list") +
            ", not a single figure";
    return std::nullopt;
}

std::vector<std::string> known_value_paths(const Site& site, const DataStore& store) {
    const SiteData& data = site.data;
    std::vector<std::string> paths;
    for (const auto& [name, file] : store.files) paths.push_back(name);
    if (data.funding) {
        for (const auto& year : data.funding->years) {
            std::string base = "funding." + year.period + ".";
            for (const char* leaf : {"total", "count", "stated_total"}) paths.push_back(base + leaf);
            for (const auto& c : year.contributions) paths.push_back(base + slug_of(c.partner));
        }
    }
    if (data.training) {
        for (const auto& period : data.training->periods) {
            paths.push_back("training." + period.id + ".attended");
            paths.push_back("training." + period.id + ".sessions");
        }
    }
    if (data.reviews) {
        paths.push_back("reviews.count");
        for (const auto& type : review_types()) paths.push_back("reviews." + type + ".count");
    }
    if (data.key_figures) {
        for (const auto& item : *data.key_figures) {
            paths.push_back("key-figures." + (item.id.empty() ? slug_of(item.label) : item.id));
        }
    }
    return paths;
}

}  // namespace publish
