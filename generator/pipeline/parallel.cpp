// A minimal work-sharing loop over std::thread: jobs are taken from an atomic counter.
#include "pipeline/parallel.h"

#include <atomic>
#include <thread>
#include <vector>

namespace publish {

void parallel_for(size_t count, int threads, const std::function<void(size_t, int)>& job) {
    if (threads < 1) threads = 1;
    if (static_cast<size_t>(threads) > count) threads = static_cast<int>(count);
    if (threads <= 1) {
        for (size_t i = 0; i < count; ++i) job(i, 0);
        return;
    }
    std::atomic<size_t> next{0};
    auto worker = [&](int number) {
        for (size_t i = next++; i < count; i = next++) job(i, number);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& thread : pool) thread.join();
}

}  // namespace publish
