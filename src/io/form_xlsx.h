// A filled report form as an Excel workbook (libxlsxwriter): the unit and the
// form's code above the title and period, the header with merged headings,
// numbered columns, the rows with computed values (no formulas: every
// viewer shows the same numbers), the signatures, A4 print setup.
#pragma once

#include <stdexcept>
#include <string>

#include "domain/report_form.h"

namespace tochuc::io {

struct XlsxError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Writes the workbook to `path`; throws XlsxError naming the file and why.
void WriteFormXlsx(const FilledForm& form, const std::string& path);

}  // namespace tochuc::io
