#include "io/form_pdf.h"

#include <cairo-pdf.h>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <numeric>
#include <vector>

#include "io/pdf_bar_chart.h"
#include "io/pdf_typesetter.h"
#include "text/vietnamese_numbers.h"

namespace tochuc::io {
namespace {

using namespace pdf;  // NOLINT: the typesetter's fonts and alignments, throughout

constexpr double kMargin = 36;
constexpr double kFooter = 24;       // room for the page number under the content
constexpr double kPadding = 3;       // inside a cell
constexpr double kSigningRoom = 48;  // under a signature's title, for the signature
constexpr double kNarrowest = 30;    // a number column's least width
constexpr double kChartGap = 12;     // between charts

std::string CellText(const FormCell& cell) {
  switch (cell.kind) {
    case FormCell::Kind::kText: return cell.text;
    case FormCell::Kind::kCount: return text::GroupThousands(cell.value);
    case FormCell::Kind::kShare: return text::TenthsWithComma(cell.value);
    case FormCell::Kind::kEmpty: return "";
  }
  return "";
}

// Where everything goes: column edges, row heights, and the rows each page holds.
struct Plan {
  double page_width = 0, page_height = 0;
  std::vector<double> edges;  // x of each column's left edge, then the right edge
  HeaderGrid grid;
  std::vector<double> header_rows;  // heights; the numbered row last
  double top_block = 0;             // the first page's unit, title and period
  std::vector<double> body_rows;
  double notes = 0;       // the notes under the table, before the signatures
  double signatures = 0;  // the notes and the signatures: what closes the form
  struct Page {
    size_t first_row = 0, end_row = 0;
    bool signatures = false;
  };
  std::vector<Page> pages;
  std::vector<std::vector<size_t>> chart_pages;  // after the form: the charts each holds
  double chart_width = 0;

  size_t PageCount() const { return pages.size() + chart_pages.size(); }

  double Left() const { return edges.front(); }
  double Width() const { return edges.back() - edges.front(); }
  double Span(int column, int columns) const { return edges[column + columns] - edges[column]; }
  double HeaderHeight() const {
    return std::accumulate(header_rows.begin(), header_rows.end(), 0.0);
  }
};

double TopBlockHeight(const Typesetter& type, const FilledForm& form, double width) {
  return type.Height(form.unit, width / 2, kTop) + 10 + type.Height(form.title, width, kTitle) + 4 +
         type.Height(form.period, width, kTopItalic) + 12;
}

std::string ChartsHeading(const FilledForm& form) {
  return fmt::format("BIỂU ĐỒ KÈM THEO {} — {}", form.code, form.unit);
}

double ChartsHeadingHeight(const Typesetter& type, const FilledForm& form, double width) {
  return type.Height(ChartsHeading(form), width, kTop) + 2 * kChartGap;
}

Plan MakePlan(const Typesetter& type, const FilledForm& form) {
  Plan plan;
  plan.grid = LayOutHeader(form.header);
  const bool wide = plan.grid.columns > 6;
  plan.page_width = wide ? kA4Long : kA4Short;
  plan.page_height = wide ? kA4Short : kA4Long;
  const double width = plan.page_width - 2 * kMargin;
  // Each number column as wide as its widest number (and no narrower than
  // kNarrowest) ...
  std::vector<double> widths(plan.grid.columns, kNarrowest);
  for (const FormRow& row : form.rows) {
    if (row.role == FormRow::Role::kSection) continue;
    for (size_t c = 1; c < row.cells.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], type.Width(CellText(row.cells[c]), kBold) + 2 * kPadding);
    }
  }
  // ... and as its heading's longest word, so headings wrap between words only.
  for (const HeaderCell& cell : plan.grid.cells) {
    if (cell.columns != 1 || cell.column == 0) continue;
    size_t start = 0;
    while (start <= cell.label.size()) {
      const size_t end = std::min(cell.label.find(' ', start), cell.label.size());
      widths[cell.column] =
          std::max(widths[cell.column],
                   type.Width(cell.label.substr(start, end - start), kBold) + 2 * kPadding);
      start = end + 1;
    }
  }
  const double numbers = std::accumulate(widths.begin() + 1, widths.end(), 0.0);
  // The label column takes the rest, at least a fifth.
  widths[0] = std::max(width / 5, width - numbers);
  if (plan.grid.columns > 1 && widths[0] + numbers > width) {
    const double scale = (width - widths[0]) / numbers;  // too wide: numbers may wrap
    for (size_t c = 1; c < widths.size(); ++c) widths[c] *= scale;
  } else if (plan.grid.columns > 1 && !wide) {
    // A narrow table: the label at half the width, the numbers share the rest.
    widths[0] = width / 2;
    for (size_t c = 1; c < widths.size(); ++c) widths[c] = width / 2 / (plan.grid.columns - 1);
  }
  plan.edges = {kMargin};
  for (double w : widths) plan.edges.push_back(plan.edges.back() + w);

  // Header rows: each as tall as its tallest one-row cell; a cell spanning
  // rows makes its last row taller when it needs more.
  std::vector<double> needed;  // each header cell's height, measured once
  for (const HeaderCell& cell : plan.grid.cells) {
    needed.push_back(
        type.Height(cell.label, plan.Span(cell.column, cell.columns) - 2 * kPadding, kBold) +
        2 * kPadding);
  }
  plan.header_rows.assign(plan.grid.rows, 0);
  for (size_t k = 0; k < needed.size(); ++k) {
    const HeaderCell& cell = plan.grid.cells[k];
    if (cell.rows == 1)
      plan.header_rows[cell.row] = std::max(plan.header_rows[cell.row], needed[k]);
  }
  for (size_t k = 0; k < needed.size(); ++k) {
    const HeaderCell& cell = plan.grid.cells[k];
    double have = 0;
    for (int r = cell.row; r < cell.row + cell.rows; ++r) have += plan.header_rows[r];
    if (have < needed[k]) plan.header_rows[cell.row + cell.rows - 1] += needed[k] - have;
  }
  plan.header_rows.push_back(type.Height("A", width, kItalic) + 2 * kPadding);

  for (const FormRow& row : form.rows) {
    double height = 0;
    if (row.role == FormRow::Role::kSection) {
      height = type.Height(row.cells[0].text, width - 2 * kPadding, kBold);
    } else {
      for (size_t c = 0; c < row.cells.size(); ++c) {
        height = std::max(height, type.Height(CellText(row.cells[c]),
                                              plan.Span(static_cast<int>(c), 1) - 2 * kPadding,
                                              row.role == FormRow::Role::kTotal ? kBold : kBody));
      }
    }
    plan.body_rows.push_back(height + 2 * kPadding);
  }
  for (const FormSignature& signature : form.signatures) {
    plan.signatures =
        std::max(plan.signatures, type.Height(signature.title, width / 2, kTop) +
                                      type.Height(signature.note, width / 2, kItalic));
  }
  // The space to sign in may reach into the foot of the page, above the page number.
  plan.signatures += 16 + std::max(0.0, kSigningRoom - kFooter);
  for (const std::string& note : form.notes) plan.notes += 6 + type.Height(note, width, kItalic);
  plan.signatures += plan.notes;
  plan.top_block = TopBlockHeight(type, form, width);

  // Pages: the header on each, as many rows as fit, then the signatures.
  const double bottom = plan.page_height - kMargin - kFooter;
  size_t next = 0;
  do {
    Plan::Page page{next, next, false};
    double y = kMargin + (plan.pages.empty() ? plan.top_block : 0) + plan.HeaderHeight();
    while (page.end_row < plan.body_rows.size() &&
           (y + plan.body_rows[page.end_row] <= bottom || page.end_row == page.first_row)) {
      y += plan.body_rows[page.end_row++];
    }
    next = page.end_row;
    if (next == plan.body_rows.size() && y + plan.signatures <= bottom) page.signatures = true;
    plan.pages.push_back(page);
  } while (next < plan.body_rows.size());
  if (!plan.pages.back().signatures && !form.signatures.empty()) {
    // The signatures never stand alone on a page: the last rows go with them.
    Plan::Page& last = plan.pages.back();
    const size_t rows = last.end_row - last.first_row;
    const size_t carried = rows > 1 ? std::min<size_t>(3, rows - 1) : 0;
    last.end_row -= carried;
    plan.pages.push_back({last.end_row, next, true});
  }

  // The charts after the form, as many on a page as fit, one under another.
  plan.chart_width = std::min(plan.Width(), kA4Short - 2 * kMargin);
  double y = bottom;
  for (size_t c = 0; c < form.charts.size(); ++c) {
    const double height = BarChartHeight(type, form.charts[c], plan.chart_width);
    if (plan.chart_pages.empty() || y + height > bottom) {
      plan.chart_pages.emplace_back();
      y = kMargin + ChartsHeadingHeight(type, form, plan.Width());
    }
    plan.chart_pages.back().push_back(c);
    y += height + kChartGap;
  }
  return plan;
}

void Rectangle(cairo_t* cairo, double x, double y, double w, double h, bool filled) {
  if (filled) {
    cairo_set_source_rgb(cairo, 0.92, 0.92, 0.92);
    cairo_rectangle(cairo, x, y, w, h);
    cairo_fill(cairo);
  }
  cairo_set_source_rgb(cairo, 0, 0, 0);
  cairo_set_line_width(cairo, 0.5);
  cairo_rectangle(cairo, x, y, w, h);
  cairo_stroke(cairo);
}

double DrawHeader(cairo_t* cairo, const Typesetter& type, const Plan& plan, double y) {
  std::vector<double> row_top = {y};
  for (double height : plan.header_rows) row_top.push_back(row_top.back() + height);
  for (const HeaderCell& cell : plan.grid.cells) {
    const double x = plan.edges[cell.column];
    const double w = plan.Span(cell.column, cell.columns);
    const double top = row_top[cell.row];
    const double h = row_top[cell.row + cell.rows] - top;
    Rectangle(cairo, x, top, w, h, true);
    const double text = type.Height(cell.label, w - 2 * kPadding, kBold);
    type.Draw(cell.label, x + kPadding, top + (h - text) / 2, w - 2 * kPadding, kBold,
              Align::kCenter);
  }
  const double numbers = row_top[plan.grid.rows];
  for (int c = 0; c < plan.grid.columns; ++c) {
    const double w = plan.Span(c, 1);
    Rectangle(cairo, plan.edges[c], numbers, w, plan.header_rows.back(), false);
    type.Draw(c == 0 ? "A" : std::to_string(c), plan.edges[c] + kPadding, numbers + kPadding,
              w - 2 * kPadding, kItalic, Align::kCenter);
  }
  return row_top.back();
}

double DrawRow(cairo_t* cairo, const Typesetter& type, const Plan& plan, const FormRow& row,
               double y, double height) {
  if (row.role == FormRow::Role::kSection) {
    Rectangle(cairo, plan.Left(), y, plan.Width(), height, true);
    type.Draw(row.cells[0].text, plan.Left() + kPadding, y + kPadding, plan.Width() - 2 * kPadding,
              kBold, Align::kLeft);
    return y + height;
  }
  const bool total = row.role == FormRow::Role::kTotal;
  for (int c = 0; c < plan.grid.columns; ++c) {
    const double w = plan.Span(c, 1);
    Rectangle(cairo, plan.edges[c], y, w, height, false);
    if (static_cast<size_t>(c) >= row.cells.size()) continue;
    const FormCell& cell = row.cells[c];
    const Align align = cell.kind == FormCell::Kind::kText ? (total ? Align::kCenter : Align::kLeft)
                                                           : Align::kRight;
    type.Draw(CellText(cell), plan.edges[c] + kPadding, y + kPadding, w - 2 * kPadding,
              total ? kBold : kBody, align);
  }
  return y + height;
}

void DrawTop(const Typesetter& type, const FilledForm& form, const Plan& plan) {
  const double half = plan.Width() / 2;
  type.Draw(form.unit, plan.Left(), kMargin, half, kTop, Align::kLeft);
  type.Draw(form.code, plan.Left() + half, kMargin, half, kTopItalic, Align::kRight);
  double y = kMargin + type.Height(form.unit, half, kTop) + 10;
  type.Draw(form.title, plan.Left(), y, plan.Width(), kTitle, Align::kCenter);
  y += type.Height(form.title, plan.Width(), kTitle) + 4;
  type.Draw(form.period, plan.Left(), y, plan.Width(), kTopItalic, Align::kCenter);
}

void DrawSignatures(const Typesetter& type, const FilledForm& form, const Plan& plan, double y) {
  for (const std::string& note : form.notes) {
    y += 6;
    type.Draw(note, plan.Left(), y, plan.Width(), kItalic, Align::kLeft);
    y += type.Height(note, plan.Width(), kItalic);
  }
  const double count = static_cast<double>(form.signatures.size());
  for (size_t k = 0; k < form.signatures.size(); ++k) {
    const double w = plan.Width() / count;
    const double x = plan.Left() + w * static_cast<double>(k);
    const FormSignature& signature = form.signatures[k];
    type.Draw(signature.title, x, y + 16, w, kTop, Align::kCenter);
    type.Draw(signature.note, x, y + 16 + type.Height(signature.title, w, kTop), w, kItalic,
              Align::kCenter);
  }
}

void DrawPageNumber(const Typesetter& type, const Plan& plan, size_t page) {
  type.Draw(fmt::format("Trang {}/{}", page + 1, plan.PageCount()), plan.Left(),
            plan.page_height - kMargin - kFooter / 2, plan.Width(), kItalic, Align::kCenter);
}

void Render(cairo_surface_t* surface, const FilledForm& form) {
  cairo_t* cairo = cairo_create(surface);
  const Typesetter type(cairo);
  const Plan plan = MakePlan(type, form);
  cairo_pdf_surface_set_size(surface, plan.page_width, plan.page_height);
  for (size_t p = 0; p < plan.pages.size(); ++p) {
    const Plan::Page& page = plan.pages[p];
    double y = kMargin;
    if (p == 0) {
      DrawTop(type, form, plan);
      y += plan.top_block;
    }
    if (page.end_row > page.first_row) {
      y = DrawHeader(cairo, type, plan, y);
      for (size_t r = page.first_row; r < page.end_row; ++r)
        y = DrawRow(cairo, type, plan, form.rows[r], y, plan.body_rows[r]);
    }
    if (page.signatures) DrawSignatures(type, form, plan, y);
    DrawPageNumber(type, plan, p);
    cairo_show_page(cairo);
  }
  for (size_t k = 0; k < plan.chart_pages.size(); ++k) {
    type.Draw(ChartsHeading(form), plan.Left(), kMargin, plan.Width(), kTop, Align::kCenter);
    double y = kMargin + ChartsHeadingHeight(type, form, plan.Width());
    const double x = plan.Left() + (plan.Width() - plan.chart_width) / 2;
    for (size_t c : plan.chart_pages[k]) {
      DrawBarChart(cairo, type, form.charts[c], x, y, plan.chart_width);
      y += BarChartHeight(type, form.charts[c], plan.chart_width) + kChartGap;
    }
    DrawPageNumber(type, plan, plan.pages.size() + k);
    cairo_show_page(cairo);
  }
  cairo_destroy(cairo);
}

}  // namespace

void WriteFormPdf(const FilledForm& form, const std::string& path) {
  const std::string partial = path + ".partial";
  cairo_surface_t* surface = cairo_pdf_surface_create(partial.c_str(), kA4Short, kA4Long);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, form.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "tochuc");
  if (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS) Render(surface, form);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    std::remove(partial.c_str());
    throw PdfError(fmt::format("{}: {}", path, cairo_status_to_string(status)));
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(partial.c_str());
    throw PdfError(fmt::format("{}: {}", path, why));
  }
}

}  // namespace tochuc::io
