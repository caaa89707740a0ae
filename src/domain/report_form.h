// The report forms offices file (issue 7): a form's definition, read from
// data (forms/*.json), and the form filled with one report's figures, ready
// for a renderer (XLSX, PDF) that adds nothing but layout.
//
// Two shapes cover the forms: a table with one row per direct child unit
// and a total row, whose columns (grouped under headings) are stock-and-flow
// figures; and sections of a breakdown (composition, organizations,
// admissions), each value a row with its count and its share.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/admissions_report.h"
#include "domain/composition_report.h"
#include "domain/org_count_report.h"
#include "domain/stock_flow_report.h"

namespace tochuc {

// A column, or a heading over columns (merged over them in the header).
struct FormColumn {
  std::string label{};
  std::string figure{};               // a leaf: the figure it shows
  std::vector<FormColumn> columns{};  // a heading: the columns under it
};

// How a section's shares are counted.
enum class ShareKind {
  kNone,       // counts only
  kPartition,  // the values split the whole: shares add up to 100 % as shown
  kOfTotal,    // each value a part of the report's total on its own (women among admitted)
};

struct FormSection {
  std::string dimension{};  // a breakdown of the report ("sex", "kind", "admissions")
  std::string label{};
  ShareKind shares = ShareKind::kPartition;
  // The values in order with their labels; those not listed follow under
  // their own names, so a count is never dropped.
  std::vector<std::pair<std::string, std::string>> values{};
};

// A chart drawn with the form, as bars: of the total row's figures (a
// table form) or of one section's values (a breakdown form).
struct FormChart {
  std::string title{};
  std::vector<std::string> figures{};  // a table form's, each shown in its columns
  std::string section{};               // a breakdown form's: the section's dimension
};

struct FormSignature {
  std::string title{};  // "NGƯỜI LẬP BIỂU"
  std::string note{};   // "(Ký, ghi rõ họ tên)"
};

struct FormDefinition {
  std::string name{};         // the report it fills: stock-flow, composition, admissions, orgs
  std::string code{};         // printed at the top right: "Mẫu TC-01"
  std::string title{};        // "BÁO CÁO SỐ LƯỢNG ĐẢNG VIÊN TĂNG, GIẢM"
  std::string row_heading{};  // the first column's heading: "Đơn vị", "Chỉ tiêu"
  std::vector<FormColumn> columns{};    // a table form
  std::vector<FormSection> sections{};  // a breakdown form
  std::vector<FormChart> charts{};
  std::vector<FormSignature> signatures{};
};

// One cell of a filled form.
struct FormCell {
  enum class Kind { kText, kCount, kShare, kEmpty };
  Kind kind = Kind::kEmpty;
  int64_t value = 0;  // a count; a share in tenths of a percent
  std::string text{};

  static FormCell Text(std::string text) { return {Kind::kText, 0, std::move(text)}; }
  static FormCell Count(int64_t value) { return {Kind::kCount, value, {}}; }
  static FormCell Share(int64_t tenths) { return {Kind::kShare, tenths, {}}; }
};

struct FormRow {
  enum class Role { kBody, kSection, kTotal };
  Role role = Role::kBody;
  std::vector<FormCell> cells{};  // the first is the row's label
};

// A chart filled with the report's figures.
struct ChartBar {
  enum class Tone { kNeutral, kIncrease, kDecrease };
  std::string label{};
  int64_t value = 0;
  Tone tone = Tone::kNeutral;
};
struct FilledChart {
  std::string title{};
  std::vector<ChartBar> bars{};
  static constexpr size_t kMostBars = 12;  // a longer section's rest is one bar
};

struct FilledForm {
  std::string code{}, title{};
  std::string unit{};    // "Đảng bộ tỉnh Đông Giang"
  std::string period{};  // "Từ ngày 01/01/2025 đến ngày 31/12/2025", "Tại ngày 31/12/2025"
  // The header: the row heading, then the definition's columns (for a
  // breakdown: "Số lượng" and, when any section has shares, "Tỷ lệ (%)").
  std::vector<FormColumn> header{};
  std::vector<FormRow> rows{};
  std::vector<std::string> notes{};  // under the table: what a reader must know about the figures
  std::vector<FormSignature> signatures{};
  std::vector<FilledChart> charts{};  // drawn after the form
};

// A figure of a stock-and-flow row by name: every counter of
// ledger-format.md, and "increases" and "decreases" (their sums).
// REQUIRES: IsStockFlowFigure(name).
int64_t StockFlowFigure(const StockFlowCounts& counts, std::string_view name);
bool IsStockFlowFigure(std::string_view name);

// The breakdowns a breakdown form's sections name, with the whole they share.
struct Breakdowns {
  int64_t total = 0;
  std::map<std::string, Breakdown> by{};
};
Breakdowns BreakdownsOf(const CompositionReport& report);  // its dimensions, and "exempted"
Breakdowns BreakdownsOf(const OrgCountReport& report);     // "kind", "sector", "grassroots"
Breakdowns BreakdownsOf(const AdmissionsReport& report);   // "admissions"

// The label of the leaf column showing `figure` ("Kết nạp"), or empty.
std::string FigureLabel(const std::vector<FormColumn>& columns, std::string_view figure);

// The header as a grid, for a renderer that merges cells: each column and
// heading with its place; a leaf spans down to the last header row.
struct HeaderCell {
  int row = 0, column = 0, rows = 1, columns = 1;
  std::string label{};
};
struct HeaderGrid {
  int rows = 0, columns = 0;  // header rows; leaf columns (the body's width)
  std::vector<HeaderCell> cells{};
};
HeaderGrid LayOutHeader(const std::vector<FormColumn>& header);

// A form's period line: "Từ ngày 01/01/2025 đến ngày 31/12/2025", "Tại ngày 31/12/2025".
std::string PeriodText(Date from, Date to);
std::string DayText(Date on);

FilledForm FillTableForm(const FormDefinition& form, const ReadModel& model,
                         const StockFlowReport& report);
FilledForm FillBreakdownForm(const FormDefinition& form, const Breakdowns& breakdowns);

}  // namespace tochuc
