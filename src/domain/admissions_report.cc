#include "domain/admissions_report.h"

#include "domain/subtree_filter.h"

namespace tochuc {

AdmissionsReport ComputeAdmissions(const ReadModel& model, OrgId org, Date from, Date to) {
  AdmissionsReport report;
  const SubtreeFilter inside(model, org, Structure::kPeriod);
  for (const FlowRow& row : model.RowsBetween(from, to)) {
    if (row.kind != FlowKind::kAdmitted || !inside.ToInside(row)) continue;
    const Person& person = model.member(row.member).person;
    ++report.total;
    report.youth_union += person.youth_union;
    report.women += person.sex == Sex::kFemale;
    report.ethnic_minority += person.IsEthnicMinority();
    report.religious += person.IsReligious();
  }
  return report;
}

}  // namespace tochuc
