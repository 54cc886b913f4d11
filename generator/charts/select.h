// Data paths for charts ("funding.2023-24", "training", "training.evaluations") → ChartData.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "charts/chart.h"
#include "model/data.h"

namespace publish {

/// What a {{< chart >}} asks for.
struct ChartRequest {
    std::string data;     ///< data path
    std::string kind;     ///< kind name ("" = the path's first kind)
    std::string measure;  ///< training: "attended" (default) or "sessions"
    std::string title;    ///< "" = a title made from the data
};

/// A chart, or why not: `error` (one line) and `hint` (did you mean / what is possible).
struct ChartSelection {
    std::optional<ChartData> chart;
    std::string error;
    std::string hint;
};

/// The chart a request names. Errors: an unknown path (with the paths the data offers), an unknown
/// kind, a kind that cannot show that data (naming the kinds that can), an unknown or misplaced measure.
ChartSelection select_chart(const ChartRequest& request, const SiteData& data);

/// Every data path a chart can show with this data, in a stable order.
std::vector<std::string> chart_paths(const SiteData& data);

/// The kinds that can show a data path (empty if the path is unknown).
std::vector<std::string> chart_kinds_for(const std::string& path, const SiteData& data);

}  // namespace publish
