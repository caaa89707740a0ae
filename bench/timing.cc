#include "bench/timing.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>

namespace tochuc::bench {

boost::json::object Summary(std::vector<double> runs_ms, bool with_runs) {
  std::sort(runs_ms.begin(), runs_ms.end());
  const size_t n = runs_ms.size();
  const double median = n % 2 != 0 ? runs_ms[n / 2] : (runs_ms[n / 2 - 1] + runs_ms[n / 2]) / 2;
  const auto rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(n)));
  boost::json::object summary{
      {"median_ms", median}, {"p95_ms", runs_ms[rank - 1]}, {"max_ms", runs_ms.back()}};
  if (with_runs) {
    boost::json::array runs;
    for (double ms : runs_ms) runs.emplace_back(ms);
    summary["runs_ms"] = std::move(runs);
  }
  return summary;
}

double ResidentMiB() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

}  // namespace tochuc::bench
