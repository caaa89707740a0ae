// The report forms' definitions: the built-in ones read and fill, and a
// mistaken definition is refused with the path of the mistake.
#include "io/report_forms.h"

#include <gtest/gtest.h>

namespace tochuc::io {
namespace {

std::string ErrorOf(std::string_view json) {
  try {
    ParseFormDefinition(json, "test.json");
  } catch (const FormDefinitionError& error) {
    return error.what();
  }
  return "";
}

TEST(ReportFormsTest, EveryReportHasABuiltInForm) {
  EXPECT_EQ(BuiltInFormNames(),
            (std::vector<std::string>{"admissions", "composition", "orgs", "stock-flow"}));
  const FormDefinition& stock_flow = BuiltInForm("stock-flow");
  EXPECT_EQ(stock_flow.title, "BÁO CÁO SỐ LƯỢNG ĐẢNG VIÊN TĂNG, GIẢM");
  EXPECT_FALSE(stock_flow.columns.empty());
  EXPECT_EQ(stock_flow.signatures.size(), 2u);
  EXPECT_THROW(BuiltInForm("nothing"), FormDefinitionError);
}

TEST(ReportFormsTest, TheStockFlowFormShowsEveryCounterOnce) {
  std::vector<std::string> figures;
  for (const FormColumn& column : BuiltInForm("stock-flow").columns) {
    if (column.columns.empty()) figures.push_back(column.figure);
    for (const FormColumn& under : column.columns) figures.push_back(under.figure);
  }
  for (std::string_view counter :
       {"opening", "admitted", "readmitted", "registered", "transferred_in", "reorganized_in",
        "transferred_out", "reorganized_out", "removed", "expelled", "died", "probation_removed",
        "closing"}) {
    EXPECT_EQ(std::count(figures.begin(), figures.end(), counter), 1) << counter;
  }
}

TEST(ReportFormsTest, BreakdownFormsNameOnlyDimensionsTheirReportHas) {
  const std::pair<const char*, Breakdowns> reports[] = {
      {"composition", BreakdownsOf(CompositionReport{.total = 1,
                                                     .exempted = 0,
                                                     .by = {{"sex", {}},
                                                            {"status", {}},
                                                            {"ethnicity", {}},
                                                            {"religion", {}},
                                                            {"education", {}},
                                                            {"theory_level", {}},
                                                            {"youth_union", {}},
                                                            {"age_band", {}},
                                                            {"party_age_band", {}}}})},
      {"orgs", BreakdownsOf(OrgCountReport{})},
      {"admissions", BreakdownsOf(AdmissionsReport{})},
  };
  for (const auto& [name, breakdowns] : reports) {
    for (const FormSection& section : BuiltInForm(name).sections)
      EXPECT_TRUE(breakdowns.by.contains(section.dimension)) << name << ": " << section.dimension;
  }
}

TEST(ReportFormsTest, MistakesAreNamedByTheirPath) {
  EXPECT_EQ(ErrorOf("[]"), "test.json: must be an object");
  EXPECT_EQ(ErrorOf("{"), "test.json: not JSON: incomplete JSON");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r"})"),
            "test.json: needs either columns (a table) or sections");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r",
                       "columns":[{"label":"a","figure":"opening"},
                                  {"label":"b","columns":[{"label":"c","figure":"arrived"}]}]})"),
            "test.json: columns[1].columns[0].figure: unknown figure 'arrived'");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r",
                       "sections":[{"dimension":"sex","label":"s","shares":"half"}]})"),
            "test.json: sections[0].shares: 'half' is not partition, of_total or none");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r","colour":"red",
                       "sections":[]})"),
            "test.json: colour: is not a field of a form definition");
  EXPECT_EQ(ErrorOf(R"({"code":"c","title":"t","row_heading":"r","sections":[]})"),
            "test.json: name: is missing");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r",
                       "sections":[{"dimension":"sex","label":"s","values":[["M"]]}]})"),
            "test.json: sections[0].values[0]: must be [key, label], two strings");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r",
                       "columns":[{"label":"a","figure":"opening"}],
                       "charts":[{"title":"Tăng","figures":["opening","died"]}]})"),
            "test.json: charts[0].figures[1]: must be a figure the form's columns show");
  EXPECT_EQ(ErrorOf(R"({"name":"x","code":"c","title":"t","row_heading":"r",
                       "sections":[{"dimension":"sex","label":"s"}],
                       "charts":[{"title":"Tuổi","section":"age_band"}]})"),
            "test.json: charts[0].section: no section 'age_band'");
}

TEST(ReportFormsTest, EveryBuiltInFormHasCharts) {
  for (const std::string& name : BuiltInFormNames())
    EXPECT_FALSE(BuiltInForm(name).charts.empty()) << name;
}

}  // namespace
}  // namespace tochuc::io
