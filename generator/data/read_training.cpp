// data/training.json → Training: periods, courses with figures per period, evaluations.
#include <algorithm>

#include "data/json_fields.h"
#include "data/readers.h"

namespace publish {

namespace {

/// Reads {"2022-23": 11, …} into `out`, checking each key is a known period id.
void read_figures_by_period(const DataFile& file, const std::string& pointer, const std::vector<std::string>& ids,
                            std::map<std::string, Figure>& out, Diagnostics& diagnostics) {
    const nlohmann::json& object = file.value.at(nlohmann::json::json_pointer(pointer));
    for (const auto& [key, value] : object.items()) {
        SourceLocation where = file.at(pointer + "/" + key);
        if (std::find(ids.begin(), ids.end(), key) == ids.end()) {
            diagnostics.error(where, "unknown period \"" + key + "\" (not in \"periods\")", did_you_mean(key, ids));
            continue;
        }
        if (value.is_null()) {
            out[key] = std::nullopt;
        } else if (value.is_number()) {
            out[key] = value.get<double>();
        } else {
            diagnostics.error(where, "figure for \"" + key + "\" must be a number or null, not " +
                                         json_type_name(value));
        }
    }
}

}  // namespace

std::optional<Training> read_training(const DataFile& file, Diagnostics& diagnostics) {
    JsonFields root(file, "", diagnostics, file.path);
    if (!root.ok()) return std::nullopt;
    Training training;
    std::vector<std::string> ids;
    size_t periods = root.array_size("periods", true);
    for (size_t i = 0; i < periods; ++i) {
        JsonFields item(file, "/periods/" + std::to_string(i), diagnostics, "a training period");
        if (!item.ok()) continue;
        TrainingPeriod p;
        p.id = item.text("id", true);
        p.label = item.text("label");
        if (p.label.empty()) p.label = p.id;
        if (p.id.empty()) continue;
        if (std::find(ids.begin(), ids.end(), p.id) != ids.end()) {
            diagnostics.error(item.where("id"), "period \"" + p.id + "\" appears twice");
            continue;
        }
        ids.push_back(p.id);
        training.periods.push_back(std::move(p));
    }
    size_t courses = root.array_size("courses", true);
    for (size_t i = 0; i < courses; ++i) {
        std::string pointer = "/courses/" + std::to_string(i);
        JsonFields item(file, pointer, diagnostics, "a course");
        if (!item.ok()) continue;
        Course c;
        c.title = item.text("title", true);
        c.format = item.text("format");
        c.where = item.where();
        if (item.is_object("sessions")) read_figures_by_period(file, pointer + "/sessions", ids, c.sessions, diagnostics);
        if (item.is_object("attended")) read_figures_by_period(file, pointer + "/attended", ids, c.attended, diagnostics);
        training.courses.push_back(std::move(c));
    }
    size_t evaluations = root.array_size("evaluations");
    for (size_t i = 0; i < evaluations; ++i) {
        JsonFields item(file, "/evaluations/" + std::to_string(i), diagnostics, "an evaluation");
        if (!item.ok()) continue;
        Evaluation e;
        e.course = item.text("course", true);
        e.scale = item.text("scale");
        e.before = item.figure("before");
        e.after = item.figure("after");
        e.respondents = item.figure("respondents");
        training.evaluations.push_back(std::move(e));
    }
    return training;
}

}  // namespace publish
