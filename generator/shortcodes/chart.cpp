// {{< chart data="funding.2023-24" kind="share" measure="…" title="…" >}}: a drawn chart with its data table.
#include <memory>

#include "charts/chart.h"
#include "charts/select.h"
#include "shortcodes/handlers.h"

namespace publish {

std::vector<Node> render_chart(const ShortcodeInput& input) {
    std::string path = input.arg("data");
    if (path.empty()) {
        input.record("data:funding");
        input.record("data:training");
        std::string paths;
        for (const auto& p : chart_paths(input.data())) paths += (paths.empty() ? "" : ", ") + p;
        input.error("chart needs data=\"…\"", paths.empty() ? "" : "data paths: " + paths);
        return {};
    }
    std::string file = path.substr(0, path.find('.'));
    input.record("data:" + file);
    if (file == "funding" || file == "training") {
        if (!input.need_file(file)) return {};
        bool loaded = file == "funding" ? input.data().funding.has_value() : input.data().training.has_value();
        if (!loaded) return {};  // the data file has errors of its own, already reported
    }
    ChartSelection selection =
        select_chart({path, input.arg("kind"), input.arg("measure"), input.arg("title")}, input.data());
    if (!selection.chart) {
        input.error(selection.error, selection.hint);
        return {};
    }
    const ChartData& chart = *selection.chart;
    auto drawing = std::make_shared<Drawing>(layout_chart(chart));
    Node figure = make_node(NodeKind::figure, drawing->description);
    figure.attributes().caption = chart.title;
    figure.attributes().css_class = std::string("chart chart-") + chart_kind_name(chart.kind);
    figure.attributes().figure = std::move(drawing);
    figure.children.push_back(chart_table(chart));
    std::vector<Node> out;
    out.push_back(std::move(figure));
    return out;
}

}  // namespace publish
