// Each report on its built-in form (forms/*.json), filled with the unit's
// name and the period as the form's header says them; for the command line's
// and the API's --xlsx and --pdf.
#pragma once

#include "domain/report_form.h"

namespace tochuc::app {

FilledForm StockFlowForm(const ReadModel& model, const StockFlowReport& report);
FilledForm CompositionForm(const ReadModel& model, OrgId org, Date on,
                           const CompositionReport& report);
FilledForm AdmissionsForm(const ReadModel& model, OrgId org, Date from, Date to,
                          const AdmissionsReport& report);
FilledForm OrgCountsForm(const ReadModel& model, OrgId org, Date on, const OrgCountReport& report);

}  // namespace tochuc::app
