#include "domain/org_count_report.h"

namespace tochuc {

OrgCountReport ComputeOrgCounts(const ReadModel& model, OrgId org, Date day) {
  OrgCountReport report;
  const TreeNumbering* tree = model.TreeAt(day);
  if (!tree) return report;
  const PositionRange range = tree->Subtree(org);
  if (range.empty()) return report;
  tree->ForEachOrgIn({range.begin + 1, range.end}, [&](OrgId below) {
    const OrgInfo& info = model.org(below);
    ++report.total;
    report.grassroots += IsGrassroots(info.kind);
    ++report.by_kind[std::string(OrgKindName(info.kind))];
    ++report.by_sector[info.sector];
  });
  return report;
}

}  // namespace tochuc
