#include "io/pdf_bar_chart.h"

#include <algorithm>

#include "text/vietnamese_numbers.h"

namespace tochuc::io::pdf {
namespace {

constexpr double kLabelShare = 0.35;  // of the width, for the bars' labels
constexpr double kNumberRoom = 64;    // after the longest bar, for its number
constexpr double kGap = 6;
constexpr double kLeastBar = 14;  // a bar row's least height

double LabelWidth(double width) { return width * kLabelShare; }

double RowHeight(const Typesetter& type, const ChartBar& bar, double width) {
  return std::max(kLeastBar, type.Height(bar.label, LabelWidth(width) - kGap, kBody)) + 4;
}

void SetTone(cairo_t* cairo, ChartBar::Tone tone) {
  switch (tone) {
    case ChartBar::Tone::kIncrease: cairo_set_source_rgb(cairo, 0.18, 0.49, 0.20); break;
    case ChartBar::Tone::kDecrease: cairo_set_source_rgb(cairo, 0.72, 0.11, 0.11); break;
    case ChartBar::Tone::kNeutral: cairo_set_source_rgb(cairo, 0.20, 0.35, 0.55); break;
  }
}

}  // namespace

double BarChartHeight(const Typesetter& type, const FilledChart& chart, double width) {
  double height = type.Height(chart.title, width, kTop) + kGap;
  for (const ChartBar& bar : chart.bars) height += RowHeight(type, bar, width);
  return height;
}

void DrawBarChart(cairo_t* cairo, const Typesetter& type, const FilledChart& chart, double x,
                  double y, double width) {
  type.Draw(chart.title, x, y, width, kTop, Align::kLeft);
  y += type.Height(chart.title, width, kTop) + kGap;
  int64_t largest = 1;
  for (const ChartBar& bar : chart.bars) largest = std::max(largest, bar.value);
  const double axis = x + LabelWidth(width);
  const double longest = width - LabelWidth(width) - kNumberRoom;
  const double top = y;
  for (const ChartBar& bar : chart.bars) {
    const double row = RowHeight(type, bar, width);
    type.Draw(bar.label, x, y + 2, LabelWidth(width) - kGap, kBody, Align::kRight);
    const double length = longest * static_cast<double>(bar.value) / static_cast<double>(largest);
    SetTone(cairo, bar.tone);
    cairo_rectangle(cairo, axis, y + 3, std::max(length, bar.value > 0 ? 1.0 : 0.0), row - 6);
    cairo_fill(cairo);
    cairo_set_source_rgb(cairo, 0, 0, 0);
    type.Draw(text::GroupThousands(bar.value), axis + length + 4, y + 2, kNumberRoom - 4, kBody,
              Align::kLeft);
    y += row;
  }
  cairo_set_source_rgb(cairo, 0, 0, 0);
  cairo_set_line_width(cairo, 0.6);
  cairo_move_to(cairo, axis, top);
  cairo_line_to(cairo, axis, y);
  cairo_stroke(cairo);
}

}  // namespace tochuc::io::pdf
