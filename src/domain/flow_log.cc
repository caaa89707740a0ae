#include "domain/flow_log.h"

#include <algorithm>

#include "domain/headroom.h"

namespace tochuc {

RowRange FlowLog::RowsBetween(Date first, Date last) const {
  if (last < first) return {};
  return {RowsThrough(first.AddDays(-1)), RowsThrough(last)};
}

uint32_t FlowLog::RowsThrough(Date day) const {
  auto next_day = std::upper_bound(days_.begin(), days_.end(), day,
                                   [](Date d, const DayStart& entry) { return d < entry.day; });
  return next_day == days_.end() ? size() : next_day->first_row;
}

void FlowLog::Append(Date day, FlowKind kind, uint32_t first, uint32_t second) {
  if (days_.empty() || days_.back().day != day) days_.push_back({day, size()});
  kinds_.push_back(kind);
  first_.push_back(first);
  second_.push_back(second);
}

void FlowLog::Reserve(size_t rows) {
  ReserveMore(kinds_, rows);
  ReserveMore(first_, rows);
  ReserveMore(second_, rows);
  ReserveMore(days_, rows);
}

bool FlowLog::HasRoom(size_t rows) const {
  return tochuc::HasRoom(kinds_, rows) && tochuc::HasRoom(first_, rows) &&
         tochuc::HasRoom(second_, rows) && tochuc::HasRoom(days_, rows);
}

void FlowLog::AppendInflow(Date day, FlowKind kind, MemberId member, OrgId to) {
  Append(day, kind, Index(member), Index(to));
}

void FlowLog::AppendOutflow(Date day, FlowKind kind, OrgId from, MemberId member) {
  Append(day, kind, Index(from), Index(member));
}

void FlowLog::AppendTransfer(Date day, OrgId from, OrgId to) {
  Append(day, FlowKind::kTransferred, Index(from), Index(to));
}

void FlowLog::AppendRegroup(Date day, RegroupRecord record, std::span<const OrgId> before,
                            std::span<const OrgId> after) {
  record.chain_before = static_cast<uint32_t>(chains_.size());
  record.chain_before_length = static_cast<uint32_t>(before.size());
  chains_.insert(chains_.end(), before.begin(), before.end());
  record.chain_after = static_cast<uint32_t>(chains_.size());
  record.chain_after_length = static_cast<uint32_t>(after.size());
  chains_.insert(chains_.end(), after.begin(), after.end());
  Append(day, FlowKind::kRegrouped, Index(record.org), static_cast<uint32_t>(regroups_.size()));
  regroups_.push_back(record);
}

}  // namespace tochuc
