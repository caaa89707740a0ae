// A filled report form as a PDF (cairo + pango, Noto Serif: every Vietnamese
// diacritic as typed): A4, landscape when the table is wide, the unit and
// the form's code, title and period, the table with its header repeated on
// every page, the signatures, and "Trang k/n" at the foot of each page.
#pragma once

#include <stdexcept>
#include <string>

#include "domain/report_form.h"

namespace tochuc::io {

struct PdfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Writes the PDF to `path`, whole or not at all; throws PdfError naming the
// file and why.
void WriteFormPdf(const FilledForm& form, const std::string& path);

}  // namespace tochuc::io
