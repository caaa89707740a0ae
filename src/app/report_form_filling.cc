#include "app/report_form_filling.h"

#include "io/report_forms.h"

namespace tochuc::app {
namespace {

FilledForm OnDay(FilledForm form, const ReadModel& model, OrgId org, Date on) {
  form.unit = model.org(org).name;
  form.period = "Tại ngày " + on.ToVietnamese();
  return form;
}

}  // namespace

FilledForm StockFlowForm(const ReadModel& model, const StockFlowReport& report) {
  return FillTableForm(io::BuiltInForm("stock-flow"), model, report);
}

FilledForm CompositionForm(const ReadModel& model, OrgId org, Date on,
                           const CompositionReport& report) {
  return OnDay(FillBreakdownForm(io::BuiltInForm("composition"), BreakdownsOf(report)), model, org,
               on);
}

FilledForm AdmissionsForm(const ReadModel& model, OrgId org, Date from, Date to,
                          const AdmissionsReport& report) {
  FilledForm form = FillBreakdownForm(io::BuiltInForm("admissions"), BreakdownsOf(report));
  form.unit = model.org(org).name;
  form.period = "Từ ngày " + from.ToVietnamese() + " đến ngày " + to.ToVietnamese();
  return form;
}

FilledForm OrgCountsForm(const ReadModel& model, OrgId org, Date on, const OrgCountReport& report) {
  return OnDay(FillBreakdownForm(io::BuiltInForm("orgs"), BreakdownsOf(report)), model, org, on);
}

}  // namespace tochuc::app
