// The command line: publish build|check|new|serve with their options.
#pragma once

#include <string>
#include <vector>

namespace publish {

/// A parsed command line.
struct Arguments {
    std::string command;         ///< build, check, new, serve, help, version
    std::string site = ".";
    std::string out;             ///< default: <site>/output
    bool drafts = false;
    bool pdf = true;
    bool quiet = false;
    bool verbose = false;
    bool strict = false;         ///< check --strict: a statutory checklist item no section covers is an error
    int jobs = 0;                ///< 0: one per core
    int port = 1313;
    std::string measure_edit;    ///< serve --measure-edit FILE: time one incremental rebuild, then exit
    std::string new_kind;        ///< briefing, bulletin, page, report-section
    std::string new_title;
    std::string review;          ///< publish new bulletin --review ID ("none": no review)
    std::string report;          ///< publish new report-section --report FOLDER
    std::string error;           ///< non-empty: bad usage, printed with exit status 2
};

/// Parses argv (without the program name).
Arguments parse_arguments(const std::vector<std::string>& args);

/// The --help text.
const char* usage_text();

/// Every long option the parser accepts ("--site", …), each described in usage_text().
const std::vector<std::string>& option_names();

}  // namespace publish
