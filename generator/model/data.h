// Typed data sets from data/*.json: plain structs, filled by generator/data, read by everything else.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace publish {

/// A figure that may be unavailable (JSON null → "n/a", left out of totals).
using Figure = std::optional<double>;

struct Contribution {
    std::string partner;
    Figure amount;            ///< whole pounds
    SourceLocation where;
};

struct FundingYear {
    std::string period;       ///< "2023-24"
    std::vector<Contribution> contributions;
    std::optional<double> stated_total;
    SourceLocation where;                 ///< the year object
    SourceLocation stated_total_where;    ///< the stated_total value
};

struct Funding {
    std::string currency = "GBP";
    std::vector<FundingYear> years;
};

struct TrainingPeriod {
    std::string id;           ///< "2022-23"
    std::string label;        ///< "Sep 2022 – Sep 2023"
};

struct Course {
    std::string title;
    std::string format;       ///< face-to-face, virtual, e-learning …
    std::map<std::string, Figure> sessions;  ///< period id → figure (absent key = not given)
    std::map<std::string, Figure> attended;
    SourceLocation where;
};

struct Evaluation {
    std::string course;
    std::string scale;        ///< "0-10"
    Figure before, after;
    Figure respondents;
};

struct Training {
    std::vector<TrainingPeriod> periods;
    std::vector<Course> courses;
    std::vector<Evaluation> evaluations;
};

struct ReviewAction {
    std::string action;
    std::string owner;
    std::string due;          ///< YYYY-MM-DD or ""
    std::string status;       ///< open, in-progress, done, overdue
};

struct Review {
    std::string id;
    std::string type;         ///< rapid-review, lcspr, map-review, joint-review, national, out-of-area
    std::string title;
    std::string status;       ///< in-progress, completed, published
    std::string started, completed, published;  ///< dates or ""
    std::vector<std::string> themes;
    std::string summary;
    std::vector<std::string> learning;
    std::vector<ReviewAction> actions;
    SourceLocation where;
};

struct KeyFigureItem {
    std::string id;           ///< optional id to pick one figure
    std::string label;
    Figure value, previous;
    std::string format;       ///< "number" (default), "money", "percent"
};

struct ChecklistItem {
    std::string id;
    std::string title;
};

struct Checklist {
    std::string id;           ///< "annual-report"
    std::string title;
    std::string source;       ///< "Working Together to Safeguard Children 2023"
    std::vector<ChecklistItem> items;
};

/// Every typed data set the site has (each optional but site.json, which is SiteConfig).
struct SiteData {
    std::optional<Funding> funding;
    std::optional<Training> training;
    std::optional<std::vector<Review>> reviews;
    std::optional<std::vector<KeyFigureItem>> key_figures;
    std::vector<Checklist> checklists;
};

}  // namespace publish
