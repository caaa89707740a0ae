#include "app/report_form_filling.h"

#include "io/report_forms.h"

namespace tochuc::app {
namespace {

FilledForm ForUnit(FilledForm form, const ReadModel& model, OrgId org, std::string period) {
  form.unit = model.org(org).name;
  form.period = std::move(period);
  return form;
}

}  // namespace

FilledForm StockFlowForm(const ReadModel& model, const StockFlowReport& report) {
  return FillTableForm(io::BuiltInForm("stock-flow"), model, report);
}

FilledForm CompositionForm(const ReadModel& model, OrgId org, Date on,
                           const CompositionReport& report) {
  return ForUnit(FillBreakdownForm(io::BuiltInForm("composition"), BreakdownsOf(report)), model,
                 org, DayText(on));
}

FilledForm AdmissionsForm(const ReadModel& model, OrgId org, Date from, Date to,
                          const AdmissionsReport& report) {
  return ForUnit(FillBreakdownForm(io::BuiltInForm("admissions"), BreakdownsOf(report)), model, org,
                 PeriodText(from, to));
}

FilledForm OrgCountsForm(const ReadModel& model, OrgId org, Date on, const OrgCountReport& report) {
  return ForUnit(FillBreakdownForm(io::BuiltInForm("orgs"), BreakdownsOf(report)), model, org,
                 DayText(on));
}

}  // namespace tochuc::app
