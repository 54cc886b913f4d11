// {{< key-figures data="key-figures" ids="a,b" >}}: headline numbers with their change since last period.
#include <algorithm>
#include <cmath>

#include "data/format.h"
#include "shortcodes/handlers.h"
#include "model/node_builders.h"

namespace publish {

namespace {

/// "a, b,c" → {"a", "b", "c"}.
std::vector<std::string> split_ids(const std::string& text) {
    std::vector<std::string> ids;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string id = text.substr(start, end - start);
        id.erase(0, id.find_first_not_of(" \t"));
        id.erase(id.find_last_not_of(" \t") + 1);
        if (!id.empty()) ids.push_back(id);
        start = end + 1;
    }
    return ids;
}

/// "up 4,496 since last report" (words, not arrows: the PDF font may lack them); "" without a previous figure.
std::string change_text(const KeyFigureItem& f, FigureKind kind) {
    if (!f.value || !f.previous) return {};
    double change = *f.value - *f.previous;
    if (std::abs(change) < 0.005) return "no change since last report";
    return std::string(change > 0 ? "up " : "down ") + format_figure(std::abs(change), kind) + " since last report";
}

}  // namespace

std::vector<Node> render_key_figures(const ShortcodeInput& input) {
    std::string name = input.has("data") ? input.arg("data") : "key-figures";
    if (name != "key-figures") {
        std::string hint = did_you_mean(name, {"key-figures"});
        input.error("unknown data path \"" + name + "\" for key-figures",
                    hint.empty() ? "key figures come from data/key-figures.json: data=\"key-figures\"" : hint);
        return {};
    }
    if (!input.need_file(name) || !input.data().key_figures) return {};
    const auto& all = *input.data().key_figures;

    std::vector<const KeyFigureItem*> chosen;
    if (input.has("ids")) {
        std::vector<std::string> known;
        for (const auto& f : all)
            if (!f.id.empty()) known.push_back(f.id);
        bool ok = true;
        for (const auto& id : split_ids(input.arg("ids"))) {
            auto found = std::find_if(all.begin(), all.end(), [&](const KeyFigureItem& f) { return f.id == id; });
            if (found == all.end()) {
                std::string hint = did_you_mean(id, known);
                std::string list;
                for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
                input.error("unknown key figure \"" + id + "\" in " + input.data_source("key-figures"),
                            hint.empty() ? "ids: " + list : hint);
                ok = false;
            } else {
                chosen.push_back(&*found);
            }
        }
        if (!ok) return {};
    } else {
        for (const auto& f : all) chosen.push_back(&f);
    }

    std::vector<Node> rows;
    rows.push_back(table_row(node_list(table_cell("Figure", 'r'), table_cell("What it counts"),
                                       table_cell("Change since last report")),
                             true));
    for (const KeyFigureItem* f : chosen) {
        FigureKind kind = FigureKind::number;
        parse_figure_kind(f->format, kind);
        rows.push_back(table_row(node_list(table_cell(format_figure(f->value, kind), 'r'), table_cell(f->label, 0, true),
                                           table_cell(change_text(*f, kind)))));
    }
    std::vector<Node> out;
    out.push_back(table("Key figures", "key-figures", std::move(rows)));
    return out;
}

}  // namespace publish
