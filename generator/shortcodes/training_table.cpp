// {{< training-table measure="attended|sessions|both" >}}: courses × periods with totals.
#include <algorithm>

#include "data/format.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

namespace {

/// One figure column: a measure of a period.
struct Column {
    const std::map<std::string, Figure> Course::*figures;  ///< &Course::sessions or &Course::attended
    std::string period;  ///< training period id
    double total = 0;  ///< sum of the non-null figures
    bool any = false;  ///< at least one non-null figure (else the total is n/a)
};

}  // namespace

std::vector<Node> render_training_table(const ShortcodeInput& input) {
    static const std::vector<std::string> measures{"attended", "sessions", "both"};
    std::string measure = input.has("measure") ? input.arg("measure") : "both";
    if (std::find(measures.begin(), measures.end(), measure) == measures.end()) {
        std::string hint = did_you_mean(measure, measures);
        input.error("unknown measure \"" + measure + "\" for training-table",
                    hint.empty() ? "measures: attended, sessions, both" : hint);
        return {};
    }
    if (!input.need_file("training") || !input.data().training) return {};
    const Training& training = *input.data().training;
    bool sessions = measure != "attended", attended = measure != "sessions";

    std::vector<Column> columns;
    std::vector<Node> header = node_list(table_cell("Course"), table_cell("Format"));
    for (const auto& period : training.periods) {
        if (sessions) {
            columns.push_back({&Course::sessions, period.id});
            header.push_back(table_cell("Sessions " + period.label, 'r'));
        }
        if (attended) {
            columns.push_back({&Course::attended, period.id});
            header.push_back(table_cell("Attended " + period.label, 'r'));
        }
    }
    std::vector<Node> rows;
    rows.push_back(table_row(std::move(header), true));
    bool missing = false;
    for (const auto& course : training.courses) {
        std::vector<Node> cells = node_list(table_cell(course.title), table_cell(capitalised(course.format)));
        for (auto& column : columns) {
            const auto& figures = course.*column.figures;
            auto it = figures.find(column.period);
            Figure figure = it == figures.end() ? std::nullopt : it->second;
            if (figure) {
                column.total += *figure;
                column.any = true;
            }
            missing = missing || !figure;
            cells.push_back(table_cell(format_figure(figure), 'r'));
        }
        rows.push_back(table_row(std::move(cells)));
    }
    std::vector<Node> totals = node_list(table_cell("Total", 0, true), table_cell(""));
    for (const auto& column : columns) {
        totals.push_back(table_cell(column.any ? format_figure(column.total) : "n/a", 'r'));
    }
    rows.push_back(table_row(std::move(totals)));

    std::string caption = sessions && attended ? "Training courses: sessions and attendance"
                          : sessions           ? "Training courses: sessions"
                                               : "Training courses: attendance";
    std::vector<Node> out;
    out.push_back(table(caption, "data-table training-table", std::move(rows)));
    if (missing) out.push_back(not_available_note());
    return out;
}

}  // namespace publish
