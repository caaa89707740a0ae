#include "io/form_xlsx.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace tochuc::io {
namespace {

constexpr uint8_t kPaperA4 = 9;
constexpr double kCountWidth = 11;
constexpr double kLabelWidth = 38;

struct WorkbookCloser {
  void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};

// The workbook's cell formats, Times New Roman as the offices' documents use.
struct Formats {
  explicit Formats(lxw_workbook* workbook) : book(workbook) {
    title = Make(14, true, false, LXW_ALIGN_CENTER, false);
    period = Make(12, false, true, LXW_ALIGN_CENTER, false);
    unit = Make(12, true, false, LXW_ALIGN_LEFT, false);
    code = Make(12, false, true, LXW_ALIGN_RIGHT, false);
    heading = Make(11, true, false, LXW_ALIGN_CENTER, true);
    number_heading = Make(10, false, true, LXW_ALIGN_CENTER, true);
    label = Make(11, false, false, LXW_ALIGN_LEFT, true);
    section = Make(11, true, false, LXW_ALIGN_LEFT, true);
    total_label = Make(11, true, false, LXW_ALIGN_CENTER, true);
    count = Make(11, false, false, LXW_ALIGN_RIGHT, true);
    format_set_num_format(count, "#,##0");
    total_count = Make(11, true, false, LXW_ALIGN_RIGHT, true);
    format_set_num_format(total_count, "#,##0");
    share = Make(11, false, false, LXW_ALIGN_RIGHT, true);
    format_set_num_format(share, "0.0");
    blank = Make(11, false, false, LXW_ALIGN_LEFT, true);
    signature = Make(12, true, false, LXW_ALIGN_CENTER, false);
    note = Make(11, false, true, LXW_ALIGN_CENTER, false);
    remark = Make(11, false, true, LXW_ALIGN_LEFT, false);
  }

  lxw_format* Make(double size, bool bold, bool italic, uint8_t align, bool bordered) {
    lxw_format* f = workbook_add_format(book);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, size);
    if (bold) format_set_bold(f);
    if (italic) format_set_italic(f);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    if (bordered) format_set_border(f, LXW_BORDER_THIN);
    return f;
  }

  lxw_workbook* book;
  lxw_format *title, *period, *unit, *code, *heading, *number_heading, *label, *section, *remark,
      *total_label, *count, *total_count, *share, *blank, *signature, *note;
};

void Check(lxw_error error, const std::string& path) {
  if (error != LXW_NO_ERROR) throw XlsxError(fmt::format("{}: {}", path, lxw_strerror(error)));
}

// A merged range, or one cell when the range is a single cell (Excel
// refuses a merge of one cell).
void Merge(lxw_worksheet* sheet, int row, int column, int rows, int columns,
           const std::string& text, lxw_format* format, const std::string& path) {
  const auto r = static_cast<lxw_row_t>(row);
  const auto c = static_cast<lxw_col_t>(column);
  if (rows == 1 && columns == 1) {
    Check(worksheet_write_string(sheet, r, c, text.c_str(), format), path);
    return;
  }
  Check(worksheet_merge_range(sheet, r, c, static_cast<lxw_row_t>(row + rows - 1),
                              static_cast<lxw_col_t>(column + columns - 1), text.c_str(), format),
        path);
}

// Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
std::string SheetName(const std::string& code) {
  std::string name = code.empty() ? "Bieu" : code;
  std::ranges::replace_if(
      name, [](char c) { return std::string_view(":\\/?*[]").find(c) != std::string_view::npos; },
      '-');
  if (name.size() > 31) {
    // Cut at a UTF-8 character's start (31 bytes are never more than 31 characters).
    size_t end = 31;
    while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
    name.resize(end);
  }
  return name;
}

void WriteSheet(lxw_workbook* workbook, const Formats& formats, const FilledForm& form,
                const std::string& path) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, SheetName(form.code).c_str());
  if (!sheet) throw XlsxError(fmt::format("{}: cannot add the worksheet", path));
  const HeaderGrid grid = LayOutHeader(form.header);
  const int last = grid.columns - 1;

  Check(worksheet_set_column(sheet, 0, 0, kLabelWidth, nullptr), path);
  if (last > 0) {
    Check(worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(last), kCountWidth, nullptr), path);
  }
  // The top lines: the unit at the left, the form's code at the right.
  const int half = std::max(1, grid.columns / 2);
  Merge(sheet, 0, 0, 1, half, form.unit, formats.unit, path);
  if (grid.columns > half)
    Merge(sheet, 0, half, 1, grid.columns - half, form.code, formats.code, path);
  Merge(sheet, 2, 0, 1, grid.columns, form.title, formats.title, path);
  Merge(sheet, 3, 0, 1, grid.columns, form.period, formats.period, path);

  const int header_top = 5;
  for (const HeaderCell& cell : grid.cells) {
    Merge(sheet, header_top + cell.row, cell.column, cell.rows, cell.columns, cell.label,
          formats.heading, path);
  }
  // The numbered row under the header, as the paper forms have: A, 1, 2, ...
  const int numbers_row = header_top + grid.rows;
  for (int column = 0; column < grid.columns; ++column) {
    const std::string number = column == 0 ? "A" : std::to_string(column);
    Merge(sheet, numbers_row, column, 1, 1, number, formats.number_heading, path);
  }

  int row = numbers_row + 1;
  for (const FormRow& form_row : form.rows) {
    const bool total = form_row.role == FormRow::Role::kTotal;
    if (form_row.role == FormRow::Role::kSection) {
      Merge(sheet, row, 0, 1, grid.columns, form_row.cells[0].text, formats.section, path);
      ++row;
      continue;
    }
    for (size_t column = 0; column < form_row.cells.size(); ++column) {
      const FormCell& cell = form_row.cells[column];
      const auto r = static_cast<lxw_row_t>(row);
      const auto c = static_cast<lxw_col_t>(column);
      switch (cell.kind) {
        case FormCell::Kind::kText:
          Check(worksheet_write_string(sheet, r, c, cell.text.c_str(),
                                       total ? formats.total_label : formats.label),
                path);
          break;
        case FormCell::Kind::kCount:
          Check(worksheet_write_number(sheet, r, c, static_cast<double>(cell.value),
                                       total ? formats.total_count : formats.count),
                path);
          break;
        case FormCell::Kind::kShare:
          Check(worksheet_write_number(sheet, r, c, static_cast<double>(cell.value) / 10.0,
                                       formats.share),
                path);
          break;
        case FormCell::Kind::kEmpty:
          Check(worksheet_write_blank(sheet, r, c, formats.blank), path);
          break;
      }
    }
    ++row;
  }

  // The notes under the table, each across it.
  for (const std::string& note : form.notes) {
    Merge(sheet, row, 0, 1, grid.columns, note, formats.remark, path);
    // Tall enough for the note wrapped over the merged columns.
    Check(worksheet_set_row(sheet, static_cast<lxw_row_t>(row), 32, nullptr), path);
    ++row;
  }
  // The signatures side by side under the table.
  row += 1;
  const int count = static_cast<int>(form.signatures.size());
  for (int k = 0; k < count; ++k) {
    const int from = k * grid.columns / count;
    const int width = std::max(1, (k + 1) * grid.columns / count - from);
    Merge(sheet, row, from, 1, width, form.signatures[k].title, formats.signature, path);
    Merge(sheet, row + 1, from, 1, width, form.signatures[k].note, formats.note, path);
  }

  worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(numbers_row + 1), 1);
  worksheet_set_paper(sheet, kPaperA4);
  if (grid.columns > 6) worksheet_set_landscape(sheet);
  worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
  worksheet_center_horizontally(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  Check(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(header_top),
                              static_cast<lxw_row_t>(numbers_row)),
        path);
  Check(worksheet_set_footer(sheet, "&CTrang &P/&N"), path);
}

// The form's charts on a sheet of their own ("Biểu đồ"): each chart's
// bars as two columns (label, count), which a native Excel bar chart
// beside them draws; increases green, decreases red, as in the PDF.
void WriteChartSheet(lxw_workbook* workbook, const Formats& formats, const FilledForm& form,
                     const std::string& path) {
  if (form.charts.empty()) return;
  constexpr const char* kSheet = "Biểu đồ";
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, kSheet);
  if (!sheet) throw XlsxError(fmt::format("{}: cannot add the chart sheet", path));
  Check(worksheet_set_column(sheet, 0, 0, kLabelWidth, nullptr), path);
  Check(worksheet_set_column(sheet, 1, 1, kCountWidth, nullptr), path);
  constexpr double kRowPixels = 20;  // Excel's default row height
  lxw_row_t row = 0;
  for (const FilledChart& chart : form.charts) {
    Check(worksheet_write_string(sheet, row, 0, chart.title.c_str(), formats.section), path);
    const auto first = static_cast<lxw_row_t>(row + 1);
    for (const ChartBar& bar : chart.bars) {
      ++row;
      Check(worksheet_write_string(sheet, row, 0, bar.label.c_str(), formats.label), path);
      Check(worksheet_write_number(sheet, row, 1, static_cast<double>(bar.value), formats.count),
            path);
    }
    lxw_chart* drawn = workbook_add_chart(workbook, LXW_CHART_BAR);
    lxw_chart_series* series = chart_add_series(drawn, nullptr, nullptr);
    chart_series_set_categories(series, kSheet, first, 0, row, 0);
    chart_series_set_values(series, kSheet, first, 1, row, 1);
    chart_series_set_labels(series);
    chart_title_set_name(drawn, chart.title.c_str());
    chart_legend_set_position(drawn, LXW_CHART_LEGEND_NONE);
    chart_axis_set_reverse(drawn->y_axis);  // the first bar on top, as listed
    std::vector<lxw_chart_fill> fills(chart.bars.size());
    std::vector<lxw_chart_point> points(chart.bars.size());
    std::vector<lxw_chart_point*> point_list;
    for (size_t k = 0; k < chart.bars.size(); ++k) {
      fills[k].color = chart.bars[k].tone == ChartBar::Tone::kIncrease   ? 0x2E7D32
                       : chart.bars[k].tone == ChartBar::Tone::kDecrease ? 0xB71C1C
                                                                         : 0x335A8C;
      points[k].fill = &fills[k];
      point_list.push_back(&points[k]);
    }
    point_list.push_back(nullptr);
    Check(chart_series_set_points(series, point_list.data()), path);
    // Tall enough for its bars, at least the default chart's 15 rows.
    lxw_chart_options place{};
    place.x_scale = 1.4;
    place.y_scale =
        std::max(1.0, (static_cast<double>(chart.bars.size()) * 24 + 80) / (15 * kRowPixels));
    Check(worksheet_insert_chart_opt(sheet, first - 1, 3, drawn, &place), path);
    // The next chart's table starts below this chart.
    row = std::max<lxw_row_t>(row, first - 1 + static_cast<lxw_row_t>(15 * place.y_scale)) + 2;
  }
}

}  // namespace

void WriteFormXlsx(const FilledForm& form, const std::string& path) {
  // Written beside the target and renamed when whole: a failure leaves no half file.
  const std::string partial = path + ".partial";
  struct RemoveUnlessRenamed {
    const std::string& file;
    bool renamed = false;
    ~RemoveUnlessRenamed() {
      if (!renamed) std::remove(file.c_str());
    }
  } cleanup{partial};
  {
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(partial.c_str()));
    if (!workbook) throw XlsxError(fmt::format("{}: cannot create the workbook", path));
    const Formats formats(workbook.get());  // one set, shared by both sheets
    WriteSheet(workbook.get(), formats, form, path);
    WriteChartSheet(workbook.get(), formats, form, path);
    Check(workbook_close(workbook.release()), path);
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0)
    throw XlsxError(fmt::format("{}: {}", path, std::strerror(errno)));
  cleanup.renamed = true;
}

}  // namespace tochuc::io
