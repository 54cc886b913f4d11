// publish serve: build, serve from memory, rebuild on every save; and --measure-edit for benchmarks.
#pragma once

#include "cli/arguments.h"

namespace publish {

/// Runs `publish serve` until Ctrl-C (exit 0), or measures one incremental rebuild
/// (--measure-edit FILE). Exit 1 if the site cannot be read or measured, 2 if the port is taken.
int serve_command(const Arguments& a, int jobs);

}  // namespace publish
