// data/key-figures.json and data/checklists.json → headline figures and checklists.
#include <set>

#include "data/json_fields.h"
#include "data/readers.h"

namespace publish {

std::optional<std::vector<KeyFigureItem>> read_key_figures(const DataFile& file, Diagnostics& diagnostics) {
    JsonFields root(file, "", diagnostics, file.path);
    if (!root.ok()) return std::nullopt;
    std::vector<KeyFigureItem> figures;
    std::set<std::string> ids;
    size_t count = root.array_size("figures", true);
    for (size_t i = 0; i < count; ++i) {
        JsonFields item(file, "/figures/" + std::to_string(i), diagnostics, "a key figure");
        if (!item.ok()) continue;
        KeyFigureItem f;
        f.id = item.text("id");
        f.label = item.text("label", true);
        f.value = item.figure("value", true);
        f.previous = item.figure("previous");
        f.format = item.choice("format", {"number", "money", "percent"}, false, "figure format");
        if (f.format.empty()) f.format = "number";
        if (!f.id.empty() && !ids.insert(f.id).second) {
            diagnostics.error(item.where("id"), "duplicate key figure id \"" + f.id + "\"");
        }
        figures.push_back(std::move(f));
    }
    return figures;
}

std::vector<Checklist> read_checklists(const DataFile& file, Diagnostics& diagnostics) {
    std::vector<Checklist> checklists;
    JsonFields root(file, "", diagnostics, file.path);
    if (!root.ok()) return checklists;
    std::set<std::string> ids;
    size_t count = root.array_size("checklists", true);
    for (size_t i = 0; i < count; ++i) {
        std::string pointer = "/checklists/" + std::to_string(i);
        JsonFields item(file, pointer, diagnostics, "a checklist");
        if (!item.ok()) continue;
        Checklist c;
        c.id = item.text("id", true);
        c.title = item.text("title", true);
        c.source = item.text("source");
        if (!c.id.empty() && !ids.insert(c.id).second) {
            diagnostics.error(item.where("id"), "duplicate checklist id \"" + c.id + "\"");
        }
        std::set<std::string> item_ids;
        size_t items = item.array_size("items", true);
        for (size_t k = 0; k < items; ++k) {
            JsonFields entry(file, pointer + "/items/" + std::to_string(k), diagnostics, "a checklist item");
            if (!entry.ok()) continue;
            ChecklistItem ci;
            ci.id = entry.text("id", true);
            ci.title = entry.text("title", true);
            if (!ci.id.empty() && !item_ids.insert(ci.id).second) {
                diagnostics.error(entry.where("id"), "duplicate checklist item id \"" + ci.id + "\"");
            }
            c.items.push_back(std::move(ci));
        }
        checklists.push_back(std::move(c));
    }
    return checklists;
}

}  // namespace publish
