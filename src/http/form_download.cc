#include "http/form_download.h"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/api_support.h"
#include "io/form_pdf.h"
#include "io/form_xlsx.h"

namespace tochuc::http {
namespace {

// A folder only this process writes, removed with all it holds.
class PrivateFolder {
 public:
  PrivateFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tochuc-form-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = pattern;
  }
  ~PrivateFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Only plain characters in a download's name: codes come from the ledger.
std::string PlainName(std::string_view stem) {
  std::string out;
  for (char c : stem) out += IsPlainFileNameChar(c) ? c : '_';
  return out;
}

}  // namespace

FormFormat FormFormatParam(const Request& request) {
  const std::string_view name = request.Query("format").value_or("json");
  if (name == "json") return FormFormat::kJson;
  if (name == "xlsx") return FormFormat::kXlsx;
  if (name == "pdf") return FormFormat::kPdf;
  throw ApiError{ProblemResponse(400, "bad-request", "Yêu cầu không hợp lệ",
                                 {{"format", "Phải là 'json', 'xlsx' hoặc 'pdf'"}})};
}

Response FormDownload(const FilledForm& form, FormFormat format, std::string_view stem) {
  const bool xlsx = format == FormFormat::kXlsx;
  const std::string name = PlainName(stem) + (xlsx ? ".xlsx" : ".pdf");
  const PrivateFolder folder;
  const std::string path = folder.File(name);
  if (xlsx) {
    io::WriteFormXlsx(form, path);
  } else {
    io::WriteFormPdf(form, path);
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  Response response{200,
                    xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                         : "application/pdf",
                    std::move(bytes).str(),
                    {},
                    {}};
  AttachAs(response, name);
  return response;
}

}  // namespace tochuc::http
