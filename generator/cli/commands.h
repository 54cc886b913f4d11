// The commands behind the command line; the only place that prints.
#pragma once

#include <string>
#include <vector>

namespace publish {

/// Runs the command line and returns the exit status (0 ok, 1 content errors, 2 bad usage).
int run(const std::vector<std::string>& args);

}  // namespace publish
