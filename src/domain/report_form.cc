#include "domain/report_form.h"

#include <algorithm>
#include <array>

#include "domain/largest_remainder.h"

namespace tochuc {
namespace {

int64_t Increases(const StockFlowCounts& c) {
  return c.admitted + c.readmitted + c.registered + c.transferred_in + c.reorganized_in;
}

int64_t Decreases(const StockFlowCounts& c) {
  return c.transferred_out + c.reorganized_out + c.removed + c.expelled + c.died +
         c.probation_removed;
}

void CollectLeaves(const std::vector<FormColumn>& columns, std::vector<std::string>& out) {
  for (const FormColumn& column : columns) {
    if (column.columns.empty()) {
      out.push_back(column.figure);
    } else {
      CollectLeaves(column.columns, out);
    }
  }
}

FormRow CountsRow(FormRow::Role role, std::string label, const StockFlowCounts& counts,
                  const std::vector<std::string>& figures) {
  FormRow row{role, {FormCell::Text(std::move(label))}};
  for (const std::string& figure : figures)
    row.cells.push_back(FormCell::Count(StockFlowFigure(counts, figure)));
  return row;
}

// The section's values in the form's order, then any the form does not list.
std::vector<std::pair<std::string, int64_t>> SectionValues(const FormSection& section,
                                                           const Breakdown& counts,
                                                           std::vector<std::string>& labels) {
  std::vector<std::pair<std::string, int64_t>> out;
  for (const auto& [key, label] : section.values) {
    const auto found = counts.find(key);
    out.emplace_back(key, found == counts.end() ? 0 : found->second);
    labels.push_back(label);
  }
  for (const auto& [key, count] : counts) {
    const bool listed =
        std::ranges::any_of(section.values, [&](const auto& value) { return value.first == key; });
    if (!listed) {
      out.emplace_back(key, count);
      labels.push_back(key);
    }
  }
  return out;
}

ChartBar::Tone ToneOf(std::string_view figure) {
  static constexpr std::array<std::string_view, 5> kIncreases = {
      "admitted", "readmitted", "registered", "transferred_in", "reorganized_in"};
  static constexpr std::array<std::string_view, 6> kDecreases = {
      "transferred_out", "reorganized_out", "removed", "expelled", "died", "probation_removed"};
  if (std::ranges::find(kIncreases, figure) != kIncreases.end()) return ChartBar::Tone::kIncrease;
  if (std::ranges::find(kDecreases, figure) != kDecreases.end()) return ChartBar::Tone::kDecrease;
  return ChartBar::Tone::kNeutral;
}

// The bars of a section's rows: as many as fit, the rest as one.
FilledChart SectionChart(std::string title, const std::vector<std::string>& labels,
                         const std::vector<int64_t>& counts) {
  FilledChart chart{std::move(title), {}};
  for (size_t i = 0; i < counts.size(); ++i) {
    if (chart.bars.size() + 1 == FilledChart::kMostBars && counts.size() > FilledChart::kMostBars) {
      int64_t rest = 0;
      for (size_t k = i; k < counts.size(); ++k) rest += counts[k];
      chart.bars.push_back({"Khác", rest, ChartBar::Tone::kNeutral});
      break;
    }
    chart.bars.push_back({labels[i], counts[i], ChartBar::Tone::kNeutral});
  }
  return chart;
}

int Depth(const std::vector<FormColumn>& columns) {
  int depth = 0;
  for (const FormColumn& column : columns)
    depth = std::max(depth, column.columns.empty() ? 1 : 1 + Depth(column.columns));
  return depth;
}

// Places `columns` from (row, column) on; returns the leaf columns used.
int Place(const std::vector<FormColumn>& columns, int row, int column, int depth,
          std::vector<HeaderCell>& out) {
  const int start = column;
  for (const FormColumn& c : columns) {
    if (c.columns.empty()) {
      out.push_back({row, column, depth - row, 1, c.label});
      ++column;
    } else {
      const size_t heading = out.size();
      out.push_back({row, column, 1, 0, c.label});
      const int width = Place(c.columns, row + 1, column, depth, out);
      out[heading].columns = width;
      column += width;
    }
  }
  return column - start;
}

}  // namespace

std::string FigureLabel(const std::vector<FormColumn>& columns, std::string_view figure) {
  for (const FormColumn& column : columns) {
    if (column.columns.empty() && column.figure == figure) return column.label;
    std::string under = FigureLabel(column.columns, figure);
    if (!under.empty()) return under;
  }
  return {};
}

HeaderGrid LayOutHeader(const std::vector<FormColumn>& header) {
  HeaderGrid grid;
  grid.rows = Depth(header);
  grid.columns = Place(header, 0, 0, grid.rows, grid.cells);
  return grid;
}

std::string PeriodText(Date from, Date to) {
  return "Từ ngày " + from.ToVietnamese() + " đến ngày " + to.ToVietnamese();
}

std::string DayText(Date on) { return "Tại ngày " + on.ToVietnamese(); }

bool IsStockFlowFigure(std::string_view name) {
  return name == "increases" || name == "decreases" ||
         std::ranges::any_of(kStockFlowCounters,
                             [&](const auto& counter) { return counter.first == name; });
}

int64_t StockFlowFigure(const StockFlowCounts& counts, std::string_view name) {
  if (name == "increases") return Increases(counts);
  if (name == "decreases") return Decreases(counts);
  for (const auto& [counter_name, counter] : kStockFlowCounters) {
    if (counter_name == name) return counts.*counter;
  }
  return 0;
}

Breakdowns BreakdownsOf(const CompositionReport& report) {
  Breakdowns out{report.total, {}};
  for (const auto& [dimension, counts] : report.by) out.by[dimension] = counts;
  out.by["exempted"] = {{"exempted", report.exempted},
                        {"not_exempted", report.total - report.exempted}};
  return out;
}

Breakdowns BreakdownsOf(const OrgCountReport& report) {
  Breakdowns out{report.total, {}};
  out.by["kind"] = report.by_kind;
  out.by["sector"] = report.by_sector;
  out.by["grassroots"] = {{"grassroots", report.grassroots},
                          {"other", report.total - report.grassroots}};
  return out;
}

Breakdowns BreakdownsOf(const AdmissionsReport& report) {
  return {report.total,
          {{"admissions",
            {{"total", report.total},
             {"youth_union", report.youth_union},
             {"women", report.women},
             {"ethnic_minority", report.ethnic_minority},
             {"religious", report.religious}}}}};
}

FilledForm FillTableForm(const FormDefinition& form, const ReadModel& model,
                         const StockFlowReport& report) {
  FilledForm out{form.code, form.title,     model.org(report.org).name, {}, {}, {},
                 {},        form.signatures};
  out.period = PeriodText(report.from, report.to);
  out.header.push_back({form.row_heading, {}, {}});
  out.header.insert(out.header.end(), form.columns.begin(), form.columns.end());
  std::vector<std::string> figures;
  CollectLeaves(form.columns, figures);
  for (const StockFlowRow& row : report.rows)
    out.rows.push_back(
        CountsRow(FormRow::Role::kBody, model.org(row.org).name, row.counts, figures));
  out.rows.push_back(CountsRow(FormRow::Role::kTotal, "Tổng cộng", report.total.counts, figures));
  for (const FormChart& chart : form.charts) {
    FilledChart filled{chart.title, {}};
    for (const std::string& figure : chart.figures) {
      filled.bars.push_back({FigureLabel(form.columns, figure),
                             StockFlowFigure(report.total.counts, figure), ToneOf(figure)});
    }
    out.charts.push_back(std::move(filled));
  }
  return out;
}

FilledForm FillBreakdownForm(const FormDefinition& form, const Breakdowns& breakdowns) {
  FilledForm out{form.code, form.title, {}, {}, {}, {}, {}, form.signatures};
  const bool any_shares = std::ranges::any_of(
      form.sections, [](const FormSection& s) { return s.shares != ShareKind::kNone; });
  out.header.push_back({form.row_heading, {}, {}});
  out.header.push_back({"Số lượng", "count", {}});
  if (any_shares) out.header.push_back({"Tỷ lệ (%)", "share", {}});
  const size_t width = out.header.size();
  for (const FormSection& section : form.sections) {
    FormRow heading{FormRow::Role::kSection, {FormCell::Text(section.label)}};
    heading.cells.resize(width);
    out.rows.push_back(std::move(heading));
    const auto found = breakdowns.by.find(section.dimension);
    const Breakdown none;
    std::vector<std::string> labels;
    const auto values =
        SectionValues(section, found == breakdowns.by.end() ? none : found->second, labels);
    std::vector<int64_t> counts;
    for (const auto& [key, count] : values) counts.push_back(count);
    std::vector<int64_t> shares;
    if (section.shares == ShareKind::kPartition) shares = LargestRemainderShares(counts, 1000);
    if (section.shares == ShareKind::kOfTotal) {
      // Each on its own: the nearest tenth, halves up.
      for (int64_t count : counts)
        shares.push_back(
            breakdowns.total ? (count * 2000 + breakdowns.total) / (2 * breakdowns.total) : 0);
    }
    for (size_t i = 0; i < values.size(); ++i) {
      FormRow row{FormRow::Role::kBody, {FormCell::Text(labels[i]), FormCell::Count(counts[i])}};
      if (any_shares) row.cells.push_back(shares.empty() ? FormCell{} : FormCell::Share(shares[i]));
      out.rows.push_back(std::move(row));
    }
    for (const FormChart& chart : form.charts) {
      if (chart.section == section.dimension)
        out.charts.push_back(SectionChart(chart.title, labels, counts));
    }
  }
  return out;
}

}  // namespace tochuc
