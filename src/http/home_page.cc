#include "http/home_page.h"

namespace tochuc::http {
namespace {

// Until the web UI is served here (its own issue), the root says where the
// API and its document are.
constexpr std::string_view kHomePage = R"html(<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>tochuc</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>tochuc — công tác tổ chức xây dựng Đảng</h1>
<p>Máy chủ đang chạy. Giao diện web sẽ có ở bản sau; hiện có API JSON tại
<code>/api/v1</code>, mô tả đầy đủ trong <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<p>Đăng nhập: <code>POST /api/v1/session</code> với <code>{"login": ..., "password": ...}</code>.</p>
</body></html>
)html";

}  // namespace

void AddHomePage(Router& router) {
  router.Add("GET", "/", RunOn::kIoThread, [](Request&) {
    return Response{200, "text/html; charset=utf-8", std::string(kHomePage), {}, {}};
  });
}

}  // namespace tochuc::http
