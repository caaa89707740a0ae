// A filled report form as a download: rendered to a private temporary file
// (the renderers write files), read back, the file removed.
#pragma once

#include <string>
#include <string_view>

#include "domain/report_form.h"
#include "http/message.h"

namespace tochuc::http {

enum class FormFormat { kJson, kXlsx, kPdf };

// The `format` query parameter: json (the default), xlsx or pdf.
FormFormat FormFormatParam(const Request& request);

// The response carrying the form as `format` (xlsx or pdf), named
// `<stem>.xlsx` or `<stem>.pdf` for the browser.
Response FormDownload(const FilledForm& form, FormFormat format, std::string_view stem);

}  // namespace tochuc::http
