// Running independent jobs (pages, PDFs, documents) on every core.
#pragma once

#include <cstddef>
#include <functional>

namespace publish {

/// Calls `job(i)` for every i in [0, count) on up to `threads` threads; returns when all are done.
/// `job` receives the worker number too, so it can keep per-thread state (diagnostics).
void parallel_for(size_t count, int threads, const std::function<void(size_t index, int worker)>& job);

}  // namespace publish
