// Filling the report forms: a table of stock and flow by child unit, and
// sections of a breakdown with shares that add up as shown.
#include "domain/report_form.h"

#include <gtest/gtest.h>

#include <numeric>

#include "domain/read_model_builder.h"
#include "domain/testing/event_builders.h"

namespace tochuc {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

std::vector<int64_t> Numbers(const FormRow& row) {
  std::vector<int64_t> out;
  for (const FormCell& cell : row.cells) {
    if (cell.kind == FormCell::Kind::kCount || cell.kind == FormCell::Kind::kShare)
      out.push_back(cell.value);
  }
  return out;
}

TEST(ReportFormTest, TableFormHasARowPerChildAndTheTotalUnderGroupedColumns) {
  const ReadModel model = BuildReadModel(Numbered({
      Established("2024-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt, "dang_bo_tinh"),
      Established("2024-01-01", "A", OrgKind::kGrassrootsCell, "P", "xa"),
      Established("2024-01-01", "B", OrgKind::kGrassrootsCell, "P", "xa"),
      Registered("2024-01-01", "M1", "A"),
      Registered("2024-01-01", "M2", "A"),
      Registered("2024-01-01", "M3", "B"),
      Admitted("2024-03-01", "M4", "B", APerson("2000-01-01")),
      OfMember(EventType::kMemberDied, "2024-05-01", "M1"),
  }));
  const FormDefinition form{
      .name = "stock-flow",
      .code = "Mẫu TC-01",
      .title = "BÁO CÁO SỐ LƯỢNG ĐẢNG VIÊN TĂNG, GIẢM",
      .row_heading = "Đơn vị",
      .columns = {{"Đầu kỳ", "opening", {}},
                  {"Tăng", "", {{"Cộng", "increases", {}}, {"Kết nạp", "admitted", {}}}},
                  {"Giảm", "", {{"Cộng", "decreases", {}}, {"Từ trần", "died", {}}}},
                  {"Cuối kỳ", "closing", {}}},
      .signatures = {{"NGƯỜI LẬP BIỂU", ""}},
  };
  const StockFlowReport report = ComputeStockFlow(model, *model.FindOrg("P"), D("2024-02-01"),
                                                  D("2024-12-31"), Structure::kPeriod);
  const FilledForm filled = FillTableForm(form, model, report);
  EXPECT_EQ(filled.code, "Mẫu TC-01");
  EXPECT_EQ(filled.period, "Từ ngày 01/02/2024 đến ngày 31/12/2024");
  ASSERT_EQ(filled.header.size(), 5u);
  EXPECT_EQ(filled.header[0].label, "Đơn vị");
  EXPECT_EQ(filled.header[2].columns[1].figure, "admitted");
  ASSERT_EQ(filled.rows.size(), 3u);
  EXPECT_EQ(filled.rows[0].cells[0].text, model.org(report.rows[0].org).name);
  // opening, increases, admitted, decreases, died, closing
  EXPECT_EQ(Numbers(filled.rows[0]), (std::vector<int64_t>{2, 0, 0, 1, 1, 1}));
  EXPECT_EQ(Numbers(filled.rows[1]), (std::vector<int64_t>{1, 1, 1, 0, 0, 2}));
  EXPECT_EQ(filled.rows[2].role, FormRow::Role::kTotal);
  EXPECT_EQ(filled.rows[2].cells[0].text, "Tổng cộng");
  EXPECT_EQ(Numbers(filled.rows[2]), (std::vector<int64_t>{3, 1, 1, 1, 1, 3}));
}

TEST(ReportFormTest, TheHeaderGridMergesHeadingsAcrossAndLeavesDown) {
  const HeaderGrid grid =
      LayOutHeader({{"Đơn vị", "", {}},
                    {"Đầu kỳ", "opening", {}},
                    {"Tăng", "", {{"Cộng", "increases", {}}, {"Kết nạp", "admitted", {}}}},
                    {"Cuối kỳ", "closing", {}}});
  EXPECT_EQ(grid.rows, 2);
  EXPECT_EQ(grid.columns, 5);
  auto at = [&](const std::string& label) {
    for (const HeaderCell& cell : grid.cells) {
      if (cell.label == label)
        return std::vector<int>{cell.row, cell.column, cell.rows, cell.columns};
    }
    return std::vector<int>{};
  };
  EXPECT_EQ(at("Đơn vị"), (std::vector<int>{0, 0, 2, 1}));
  EXPECT_EQ(at("Tăng"), (std::vector<int>{0, 2, 1, 2}));
  EXPECT_EQ(at("Kết nạp"), (std::vector<int>{1, 3, 1, 1}));
  EXPECT_EQ(at("Cuối kỳ"), (std::vector<int>{0, 4, 2, 1}));
  EXPECT_EQ(LayOutHeader({{"Chỉ tiêu", "", {}}, {"Số lượng", "count", {}}}).rows, 1);
}

TEST(ReportFormTest, IncreasesAndDecreasesKeepTheIdentity) {
  StockFlowCounts c{.opening = 100,
                    .admitted = 7,
                    .readmitted = 1,
                    .registered = 2,
                    .transferred_in = 3,
                    .reorganized_in = 4,
                    .transferred_out = 5,
                    .reorganized_out = 6,
                    .removed = 1,
                    .expelled = 1,
                    .died = 2,
                    .probation_removed = 1,
                    .closing = 0};
  c.closing = 100 + 17 - 16;
  EXPECT_TRUE(c.Balances());
  EXPECT_EQ(StockFlowFigure(c, "increases"), 17);
  EXPECT_EQ(StockFlowFigure(c, "decreases"), 16);
  EXPECT_EQ(StockFlowFigure(c, "opening") + StockFlowFigure(c, "increases") -
                StockFlowFigure(c, "decreases"),
            StockFlowFigure(c, "closing"));
  EXPECT_TRUE(IsStockFlowFigure("probation_removed"));
  EXPECT_FALSE(IsStockFlowFigure("members"));
}

TEST(ReportFormTest, BreakdownSectionsListEveryValueWithSharesThatAddUp) {
  CompositionReport composition;
  composition.total = 817;
  composition.exempted = 17;
  composition.by = {{"sex", {{"F", 301}, {"M", 516}}},
                    {"religion", {{"none", 800}, {"Công giáo", 10}, {"Phật giáo", 7}}}};
  const FormDefinition form{
      .name = "composition",
      .row_heading = "Chỉ tiêu",
      .sections = {{"sex", "Giới tính", ShareKind::kPartition, {{"M", "Nam"}, {"F", "Nữ"}}},
                   {"religion", "Tôn giáo", ShareKind::kPartition, {{"none", "Không tôn giáo"}}},
                   {"exempted", "Miễn sinh hoạt", ShareKind::kNone, {{"exempted", "Được miễn"}}}},
  };
  const FilledForm filled = FillBreakdownForm(form, BreakdownsOf(composition));
  ASSERT_EQ(filled.header.size(), 3u);
  EXPECT_EQ(filled.header[2].label, "Tỷ lệ (%)");
  std::vector<std::string> labels;
  for (const FormRow& row : filled.rows) labels.push_back(row.cells[0].text);
  // Listed values first in the form's order, then the rest under their own names.
  EXPECT_EQ(labels, (std::vector<std::string>{"Giới tính", "Nam", "Nữ", "Tôn giáo",
                                              "Không tôn giáo", "Công giáo", "Phật giáo",
                                              "Miễn sinh hoạt", "Được miễn", "not_exempted"}));
  EXPECT_EQ(filled.rows[0].role, FormRow::Role::kSection);
  EXPECT_EQ(Numbers(filled.rows[1]), (std::vector<int64_t>{516, 632}));
  EXPECT_EQ(Numbers(filled.rows[2]), (std::vector<int64_t>{301, 368}));
  // 97,9 + 1,2 + 0,9: the shown tenths add up to 100,0 %.
  const int64_t religion =
      filled.rows[4].cells[2].value + filled.rows[5].cells[2].value + filled.rows[6].cells[2].value;
  EXPECT_EQ(religion, 1000);
  EXPECT_EQ(filled.rows[8].cells[2].kind, FormCell::Kind::kEmpty);  // counts only
  EXPECT_EQ(Numbers(filled.rows[8]), (std::vector<int64_t>{17}));
}

TEST(ReportFormTest, SharesOfTheTotalStandEachOnItsOwn) {
  const AdmissionsReport admissions{
      .total = 1513, .youth_union = 1244, .women = 819, .ethnic_minority = 249, .religious = 138};
  const FormDefinition form{
      .name = "admissions",
      .sections = {{"admissions",
                    "Kết nạp",
                    ShareKind::kOfTotal,
                    {{"total", "Tổng số"}, {"youth_union", "Là đoàn viên"}, {"women", "Nữ"}}}},
  };
  const FilledForm filled = FillBreakdownForm(form, BreakdownsOf(admissions));
  EXPECT_EQ(Numbers(filled.rows[1]), (std::vector<int64_t>{1513, 1000}));
  EXPECT_EQ(Numbers(filled.rows[2]), (std::vector<int64_t>{1244, 822}));  // 82,22 %
  EXPECT_EQ(Numbers(filled.rows[3]), (std::vector<int64_t>{819, 541}));   // 54,13 %
}

}  // namespace
}  // namespace tochuc
