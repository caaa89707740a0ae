#include "domain/admissions_report.h"

#include "domain/subtree_slots.h"

namespace tochuc {

AdmissionsReport ComputeAdmissions(const ReadModel& model, OrgId org, Date from, Date to) {
  AdmissionsReport report;
  const SubtreeSlots slots(model, org, Structure::kPeriod, {});
  const FlowLog& flows = model.flows;
  const MemberTable& members = model.members;
  flows.ForEachDay(flows.RowsBetween(from, to), [&](Date day, RowRange rows) {
    for (uint32_t row = rows.begin; row < rows.end; ++row) {
      if (flows.kind(row) != FlowKind::kAdmitted) continue;
      if (!slots.PlaceAt(flows.To(row), MomentAt(day, row)).in_root) continue;
      const MemberId m = flows.Member(row);
      ++report.total;
      report.youth_union += members.youth_union(m);
      report.women += members.sex(m) == Sex::kFemale;
      report.ethnic_minority += members.IsEthnicMinority(m);
      report.religious += members.IsReligious(m);
    }
  });
  return report;
}

}  // namespace tochuc
