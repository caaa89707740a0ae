// The admissions report: member.admitted events dated in a period whose org
// was in the unit's subtree at the time ("1,864 admitted, of whom 1,352
// youth-union members"), by the admitted members' corrected records.
#pragma once

#include <cstdint>

#include "domain/read_model.h"

namespace tochuc {

struct AdmissionsReport {
  int64_t total = 0;
  int64_t youth_union = 0;
  int64_t women = 0;
  int64_t ethnic_minority = 0;  // ethnicity other than "Kinh"
  int64_t religious = 0;        // religion other than "none"
};

AdmissionsReport ComputeAdmissions(const ReadModel& model, OrgId org, Date from, Date to);

}  // namespace tochuc
