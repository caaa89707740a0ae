#include "http/static_files.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>

#include "http/problem.h"

namespace tochuc::http {
namespace {

struct StaticFile {
  std::string content_type;
  std::string body;
  bool immutable = false;  // named by its content's hash (Vite's assets/)
};

using Files = std::unordered_map<std::string, StaticFile>;

std::string_view ContentTypeOf(const std::filesystem::path& path) {
  static const std::unordered_map<std::string, std::string_view> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  const auto it = kTypes.find(path.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::shared_ptr<const Files> ReadFiles(const std::filesystem::path& root) {
  auto files = std::make_shared<Files>();
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    const std::string relative = entry.path().lexically_relative(root).generic_string();
    (*files)[relative] = {std::string(ContentTypeOf(entry.path())), std::move(body).str(),
                          relative.starts_with("assets/")};
  }
  return files;
}

Response Serve(const StaticFile& file) {
  Response response{200, file.content_type, file.body, {}, {}};
  response.headers.emplace_back(
      "Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

}  // namespace

bool AddStaticFiles(Router& router, const std::filesystem::path& root) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(root / "index.html", ec)) return false;
  std::shared_ptr<const Files> files = ReadFiles(root);
  // Paths are looked up among the files read at start, never opened: a
  // path naming anything else (../, an absolute path) is simply not there.
  router.SetFallback(RunOn::kIoThread, [files](Request& request) {
    std::string path;
    for (const std::string& segment : request.path) {
      if (!path.empty()) path += '/';
      path += segment;
    }
    if (const auto it = files->find(path); it != files->end()) return Serve(it->second);
    const bool names_a_file =
        !request.path.empty() && request.path.back().find('.') != std::string::npos;
    if (names_a_file) return ProblemResponse(404, "no-such-file", "Không có tệp này");
    return Serve(files->at("index.html"));
  });
  return true;
}

}  // namespace tochuc::http
