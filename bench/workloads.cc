#include "bench/workloads.h"

#include <boost/json/array.hpp>

#include "domain/composition_report.h"
#include "domain/stock_flow_report.h"
#include "io/report_json.h"

namespace tochuc::bench {
namespace json = boost::json;
namespace {

json::array Codes(const ReadModel& model, const std::vector<OrgId>& orgs) {
  json::array codes;
  for (OrgId org : orgs) codes.emplace_back(model.org(org).code);
  return codes;
}

class StockFlow : public Workload {
 public:
  StockFlow(const ReadModel& model, std::string name, std::vector<OrgId> units, Date from, Date to)
      : model_(model), name_(std::move(name)), units_(std::move(units)), from_(from), to_(to) {}

  std::string Name() const override { return name_; }
  std::string Query() const override { return "stock_flow"; }
  json::object Params() const override {
    return {{"units", Codes(model_, units_)},
            {"from", from_.ToString()},
            {"to", to_.ToString()},
            {"structure", "today"}};
  }
  void Run() override {
    // Today's structure: S is fixed for the period, which plain SQL over
    // today's tree reproduces exactly (see bench/sql/*/stock_flow.sql).
    reports_ = ComputeStockFlows(model_, units_, from_, to_, Structure::kToday);
  }
  json::value ResultJson() const override {
    json::array out;
    for (const StockFlowReport& report : reports_) {
      out.emplace_back(io::StockFlowToJson(model_, report));
    }
    return out;
  }

 private:
  const ReadModel& model_;
  std::string name_;
  std::vector<OrgId> units_;
  Date from_, to_;
  std::vector<StockFlowReport> reports_;
};

class Composition : public Workload {
 public:
  Composition(const ReadModel& model, std::vector<OrgId> roots, Date day)
      : model_(model), roots_(std::move(roots)), day_(day) {}

  std::string Name() const override { return "composition_tree"; }
  std::string Query() const override { return "composition"; }
  json::object Params() const override {
    return {{"roots", Codes(model_, roots_)}, {"day", day_.ToString()}};
  }
  void Run() override {
    // The roots' subtrees partition the deployment: together, the whole tree.
    total_ = ComputeComposition(model_, roots_, day_);
  }
  json::value ResultJson() const override { return io::CompositionToJson(total_); }

 private:
  const ReadModel& model_;
  std::vector<OrgId> roots_;
  Date day_;
  CompositionReport total_;
};

class Headcount : public Workload {
 public:
  Headcount(const ReadModel& model, Date day) : model_(model), day_(day) {}

  std::string Name() const override { return "headcount_all"; }
  std::string Query() const override { return "headcount"; }
  json::object Params() const override { return {{"day", day_.ToString()}}; }
  void Run() override { counts_ = model_.HeadcountsAt(day_); }
  json::value ResultJson() const override {
    json::object out;
    for (uint32_t org_idx = 0; org_idx < counts_.size(); ++org_idx) {
      if (counts_[org_idx] != 0) out[model_.orgs[org_idx].code] = counts_[org_idx];
    }
    return out;
  }

 private:
  const ReadModel& model_;
  Date day_;
  std::vector<int32_t> counts_;
};

}  // namespace

std::unique_ptr<Workload> StockFlowWorkload(const ReadModel& model, std::string name,
                                            std::vector<OrgId> units, Date from, Date to) {
  return std::make_unique<StockFlow>(model, std::move(name), std::move(units), from, to);
}

std::unique_ptr<Workload> CompositionWorkload(const ReadModel& model, std::vector<OrgId> roots,
                                              Date day) {
  return std::make_unique<Composition>(model, std::move(roots), day);
}

std::unique_ptr<Workload> HeadcountWorkload(const ReadModel& model, Date day) {
  return std::make_unique<Headcount>(model, day);
}

}  // namespace tochuc::bench
