// Timing helpers shared by the benchmark programs: wall time in
// milliseconds, and a summary of repeated runs as bench/run reads it.
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <vector>

namespace tochuc::bench {

using Clock = std::chrono::steady_clock;

inline double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Median (the mean of the middle two for an even count) and nearest-rank p95
// (and the maximum); bench/run computes its own figures the same way.
// `with_runs`: every run listed too. REQUIRES: runs_ms is not empty.
boost::json::object Summary(std::vector<double> runs_ms, bool with_runs = true);

// Resident memory of this process in MiB, from /proc (0 where there is none).
double ResidentMiB();

}  // namespace tochuc::bench
