// A form's chart on a PDF page, as horizontal bars: each bar's label on
// the left, its length in proportion to the largest, its number at its end;
// increases green, decreases red, as on the reports page.
#pragma once

#include "domain/report_form.h"
#include "io/pdf_typesetter.h"

namespace tochuc::io::pdf {

double BarChartHeight(const Typesetter& type, const FilledChart& chart, double width);

// Draws the chart with its top left at (x, y), `width` wide.
void DrawBarChart(cairo_t* cairo, const Typesetter& type, const FilledChart& chart, double x,
                  double y, double width);

}  // namespace tochuc::io::pdf
