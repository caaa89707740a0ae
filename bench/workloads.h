// Workload: one report the benchmark times, on units and dates chosen
// deterministically from the data (workload_choice.cc), with its answer as
// JSON so that bench/run can compare it with the SQL baselines.
//
// Run() computes the report and keeps the answer; it is what is timed.
// ResultJson() and Params() are not timed. Not thread-safe.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <memory>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"
#include "domain/read_model.h"

namespace tochuc::bench {

class Workload {
 public:
  virtual ~Workload() = default;

  // Stable name, e.g. "stock_flow_tree".
  virtual std::string Name() const = 0;
  // The SQL file (bench/sql/<dialect>/<query>.sql) that answers the same question.
  virtual std::string Query() const = 0;
  // What bench/run passes to that SQL: units and dates.
  virtual boost::json::object Params() const = 0;
  virtual void Run() = 0;
  // The answer of the last Run(), in the form of `tochuc report ... --format json`.
  // REQUIRES: Run() was called.
  virtual boost::json::value ResultJson() const = 0;
};

// Stock and flow in today's structure (ledger-format.md: --structure today)
// for each unit over [from, to]: the total and one row per direct child.
std::unique_ptr<Workload> StockFlowWorkload(const ReadModel& model, std::string name,
                                            std::vector<OrgId> units, Date from, Date to);
// Composition at the end of `day` of each root of that day's tree, summed:
// every active member of the deployment.
std::unique_ptr<Workload> CompositionWorkload(const ReadModel& model, std::vector<OrgId> roots,
                                              Date day);
// ReadModel::Headcount of every org at the end of `day`; orgs with none are
// left out of the answer.
std::unique_ptr<Workload> HeadcountWorkload(const ReadModel& model, Date day);

// The benchmark's fixed set of workloads for this data (see report_bench.cc).
std::vector<std::unique_ptr<Workload>> ChooseWorkloads(const ReadModel& model);

}  // namespace tochuc::bench
