// Turns the typed data sets into chart data: funding by partner and year, training by course and period.
#include "charts/select.h"

#include <algorithm>
#include <cstdlib>

#include "data/format.h"
#include "data/period.h"

namespace publish {

namespace {

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

double sum(const std::vector<Figure>& values) {
    double total = 0;
    for (const auto& v : values)
        if (v) total += *v;
    return total;
}

/// funding.<period>: one year's contributions by partner.
ChartData funding_year(const FundingYear& year, ChartKind kind) {
    ChartData c;
    c.kind = kind;
    c.title = "Contributions by partner, " + period_label(year.period);
    c.category_label = "Partner";
    c.value_label = "Contribution";
    c.format = FigureKind::money;
    ChartSeries s{period_label(year.period), {}};
    for (const auto& contribution : year.contributions) {
        c.categories.push_back(contribution.partner);
        s.values.push_back(contribution.amount);
    }
    c.series.push_back(std::move(s));
    // The finding, in the words a reader would use: who gave the most, of what total.
    const auto& values = c.series.front().values;
    double total = sum(values);
    size_t top = values.size();
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i] && (top == values.size() || *values[i] > *values[top])) top = i;
    if (top < values.size() && total > 0) {
        c.description = c.categories[top] + " gave the most: " + format_money(*values[top]) + " of " +
                        format_money(total) + " (" + format_percent(*values[top] / total * 100, 1) + ").";
        size_t low = top;
        for (size_t i = 0; i < values.size(); ++i)
            if (values[i] && *values[i] < *values[low]) low = i;
        if (low != top)
            c.description += " " + c.categories[low] + " gave the least: " + format_money(*values[low]) + " (" +
                             format_percent(*values[low] / total * 100, 1) + ").";
    }
    return c;
}

/// funding: partners × years (grouped) or the total per year (line).
ChartData funding_years(const Funding& funding, ChartKind kind) {
    ChartData c;
    c.kind = kind;
    c.format = FigureKind::money;
    c.value_label = kind == ChartKind::line ? "Total contributions" : "Contribution";
    if (kind == ChartKind::line) {
        c.title = "Total contributions by year";
        c.category_label = "Year";
        ChartSeries s{"Total contributions", {}};
        for (const auto& year : funding.years) {
            c.categories.push_back(period_label(year.period));
            std::vector<Figure> amounts;
            for (const auto& contribution : year.contributions) amounts.push_back(contribution.amount);
            s.values.push_back(sum(amounts));
        }
        c.series.push_back(std::move(s));
        c.summable = false;
        return c;
    }
    c.title = "Contributions by partner and year";
    c.category_label = "Partner";
    for (const auto& year : funding.years)
        for (const auto& contribution : year.contributions)
            if (!contains(c.categories, contribution.partner)) c.categories.push_back(contribution.partner);
    for (const auto& year : funding.years) {
        ChartSeries s{period_label(year.period), std::vector<Figure>(c.categories.size())};
        for (const auto& contribution : year.contributions) {
            size_t i = std::find(c.categories.begin(), c.categories.end(), contribution.partner) - c.categories.begin();
            s.values[i] = contribution.amount;
        }
        c.series.push_back(std::move(s));
    }
    return c;
}

/// training: courses × periods (grouped), the latest period ranked (bar) or totals per period (line).
ChartData training_courses(const Training& training, ChartKind kind, const std::string& measure) {
    bool sessions = measure == "sessions";
    auto figures = sessions ? &Course::sessions : &Course::attended;
    ChartData c;
    c.kind = kind;
    c.value_label = sessions ? "Sessions" : "People attending";
    std::string what = sessions ? "Training sessions" : "People attending training";
    if (kind == ChartKind::line) {
        c.title = what + " by period";
        c.category_label = "Period";
        ChartSeries s{c.value_label, {}};
        for (const auto& period : training.periods) {
            c.categories.push_back(period.label);
            std::vector<Figure> values;
            for (const auto& course : training.courses) {
                auto it = (course.*figures).find(period.id);
                if (it != (course.*figures).end()) values.push_back(it->second);
            }
            s.values.push_back(sum(values));
        }
        c.series.push_back(std::move(s));
        c.summable = false;
        return c;
    }
    c.title = kind == ChartKind::bar && !training.periods.empty()
                  ? what + " by course, " + training.periods.back().label
                  : what + " by course and period";
    c.category_label = "Course";
    for (const auto& course : training.courses) c.categories.push_back(course.title);
    for (const auto& period : training.periods) {
        ChartSeries s{period.label, {}};
        for (const auto& course : training.courses) {
            auto it = (course.*figures).find(period.id);
            s.values.push_back(it == (course.*figures).end() ? std::nullopt : it->second);
        }
        c.series.push_back(std::move(s));
    }
    return c;
}

/// training.evaluations: scores before and after each course.
ChartData training_evaluations(const Training& training, ChartKind kind) {
    ChartData c;
    c.kind = kind;
    c.title = "Knowledge before and after training";
    c.category_label = "Course";
    c.value_label = "Average score";
    c.decimals = 1;
    c.summable = false;
    ChartSeries before{"Before", {}}, after{"After", {}};
    double top = 0;
    for (const auto& e : training.evaluations) {
        c.categories.push_back(e.course);
        before.values.push_back(e.before);
        after.values.push_back(e.after);
        size_t dash = e.scale.find('-');
        if (dash != std::string::npos) top = std::max(top, std::atof(e.scale.c_str() + dash + 1));
    }
    if (top > 0) {
        c.scale_max = top;
        c.value_label = "Average score (0 to " + format_number(top) + ")";
    }
    c.series.push_back(std::move(before));
    c.series.push_back(std::move(after));
    return c;
}

}  // namespace

std::vector<std::string> chart_paths(const SiteData& data) {
    std::vector<std::string> paths;
    if (data.funding) {
        paths.push_back("funding");
        for (const auto& year : data.funding->years) paths.push_back("funding." + year.period);
    }
    if (data.training) {
        paths.push_back("training");
        paths.push_back("training.evaluations");
    }
    return paths;
}

std::vector<std::string> chart_kinds_for(const std::string& path, const SiteData& data) {
    if (!contains(chart_paths(data), path)) return {};
    if (path == "funding") return {"grouped-bar", "line"};
    if (path == "training") return {"grouped-bar", "bar", "line"};
    if (path == "training.evaluations") return {"before-after"};
    return {"bar", "share"};  // funding.<period>
}

ChartSelection select_chart(const ChartRequest& request, const SiteData& data) {
    ChartSelection out;
    std::vector<std::string> paths = chart_paths(data);
    if (!contains(paths, request.data)) {
        out.error = "unknown data path \"" + request.data + "\" for chart";
        out.hint = did_you_mean(request.data, paths);
        if (out.hint.empty()) out.hint = paths.empty() ? "charts need data/funding.json or data/training.json"
                                                       : "data paths: " + join(paths);
        return out;
    }
    std::vector<std::string> kinds = chart_kinds_for(request.data, data);
    std::string kind_name = request.kind.empty() ? kinds.front() : request.kind;
    ChartKind kind;
    if (!parse_chart_kind(kind_name, kind)) {
        out.error = "unknown chart kind \"" + kind_name + "\"";
        out.hint = did_you_mean(kind_name, chart_kind_names());
        if (out.hint.empty()) out.hint = "kinds: " + join(chart_kind_names());
        return out;
    }
    if (!contains(kinds, kind_name)) {
        out.error = "a " + kind_name + " chart cannot show " + request.data;
        out.hint = "kinds that can: " + join(kinds);
        return out;
    }
    bool training = request.data == "training";
    if (!request.measure.empty() && !training) {
        out.error = "measure applies only to data=\"training\"";
        return out;
    }
    std::string measure = request.measure.empty() ? "attended" : request.measure;
    if (training && measure != "attended" && measure != "sessions") {
        out.error = "unknown measure \"" + measure + "\" for chart";
        out.hint = did_you_mean(measure, {"attended", "sessions"});
        if (out.hint.empty()) out.hint = "measures: attended, sessions";
        return out;
    }
    ChartData chart;
    if (request.data == "funding") {
        chart = funding_years(*data.funding, kind);
    } else if (training) {
        chart = training_courses(*data.training, kind, measure);
    } else if (request.data == "training.evaluations") {
        chart = training_evaluations(*data.training, kind);
    } else {
        std::string period = request.data.substr(std::string("funding.").size());
        for (const auto& year : data.funding->years)
            if (year.period == period) chart = funding_year(year, kind);
    }
    if (!request.title.empty()) chart.title = request.title;
    out.chart = std::move(chart);
    return out;
}

}  // namespace publish
