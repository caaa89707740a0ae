#include "domain/org_count_report.h"

namespace tochuc {

OrgCountReport ComputeOrgCounts(const ReadModel& model, OrgId org, Date day) {
  OrgCountReport report;
  model.history.ForEachInSubtreeAt(org, EndOfDay(day), [&](OrgId below, OrgId) {
    if (below == org) return;
    const OrgInfo& info = model.org(below);
    ++report.total;
    report.grassroots += IsGrassroots(info.kind);
    ++report.by_kind[std::string(OrgKindName(info.kind))];
    ++report.by_sector[info.sector];
  });
  return report;
}

}  // namespace tochuc
