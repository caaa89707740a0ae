#include "domain/stock_flow_tally.h"

namespace tochuc::stock_flow {

Field FieldOf(FlowKind kind) {
  switch (kind) {
    case FlowKind::kAdmitted: return &StockFlowCounts::admitted;
    case FlowKind::kReadmitted: return &StockFlowCounts::readmitted;
    case FlowKind::kRegistered: return &StockFlowCounts::registered;
    case FlowKind::kArrived: return &StockFlowCounts::transferred_in;
    case FlowKind::kDeparted: return &StockFlowCounts::transferred_out;
    case FlowKind::kRemoved: return &StockFlowCounts::removed;
    case FlowKind::kExpelled: return &StockFlowCounts::expelled;
    case FlowKind::kDied: return &StockFlowCounts::died;
    case FlowKind::kProbationRemoved: return &StockFlowCounts::probation_removed;
    case FlowKind::kTransferred:
    case FlowKind::kRegrouped: break;
  }
  return nullptr;
}

int64_t NetFlow(const StockFlowCounts& c) {
  return c.admitted + c.readmitted + c.registered + c.transferred_in + c.reorganized_in -
         c.transferred_out - c.reorganized_out - c.removed - c.expelled - c.died -
         c.probation_removed;
}

}  // namespace tochuc::stock_flow
