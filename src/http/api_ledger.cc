// The whole ledger out (a download) and in (an upload imported in the
// background, all or nothing): for admins.

#include <boost/json.hpp>
#include <sstream>

#include "app/export_ledger.h"
#include "app/refusal.h"
#include "app/viewer.h"
#include "http/api_support.h"

namespace tochuc::http {
namespace {

// A name for the downloaded file: letters, digits, '.', '_' and '-' only,
// not starting with a dot, so it can never name a path.
bool IsPlainFileName(std::string_view name) {
  if (name.empty() || name.size() > 100 || name.front() == '.') return false;
  return std::all_of(name.begin(), name.end(), IsPlainFileNameChar);
}

}  // namespace

void AddLedgerRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/ledger", RunOn::kWorkerPool,
             Guard({"filename"}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireRoleAllows(session, Action::kExportLedger);
               const std::string name(request.Query("filename").value_or("tochuc-ledger.jsonl"));
               if (!IsPlainFileName(name)) {
                 throw ApiError{ProblemResponse(
                     400, "bad-request", "Tên tệp không hợp lệ",
                     {{"filename", "Chỉ dùng chữ, số, '.', '_' và '-', không bắt đầu bằng '.'"}})};
               }
               std::ostringstream out;
               {
                 app::ConnectionPool::Lease connection = context.connections.Acquire();
                 const size_t lines = app::ExportLedger(*connection->ledger, out);
                 // The whole ledger holds every confidential field: who took it is on record.
                 connection->audit->Append(
                     {session.user.login, "ledger.exported", "",
                      boost::json::serialize(boost::json::object{{"lines", lines}})});
               }
               Response response{200,
                                 "application/x-ndjson; charset=utf-8",
                                 std::move(out).str(),
                                 {},
                                 session.user.login};
               AttachAs(response, name);
               return response;
             }));
  router.Add("POST", "/api/v1/imports", RunOn::kIoThread,
             Guard({},
                   [&context](Request& request) {
                     const Session session = RequireSession(context, request);
                     RequireRoleAllows(session, Action::kImportLedger);
                     const std::string id =
                         context.imports.Start(session.user, std::move(request.body));
                     Response response = JsonResponse(
                         boost::json::object{{"id", id}, {"status", "/api/v1/imports/" + id}}, 202);
                     response.headers.emplace_back("Location", "/api/v1/imports/" + id);
                     response.user = session.user.login;
                     return response;
                   }),
             // Only a signed-in admin, with the CSRF token, gets to send the file.
             [&context](Request& request) -> std::optional<Response> {
               try {
                 RequireRoleAllows(RequireSession(context, request), Action::kImportLedger);
                 return std::nullopt;
               } catch (const ApiError& error) {
                 return error.response;
               } catch (const app::Refusal& refusal) {
                 return ProblemResponse(403, "forbidden", refusal.what());
               }
             });
  router.Add("GET", "/api/v1/imports/{id}", RunOn::kIoThread,
             Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               RequireRoleAllows(session, Action::kImportLedger);
               std::optional<boost::json::object> status =
                   context.imports.Status(request.params[0], session.user.login);
               if (!status) {
                 throw ApiError{ProblemResponse(404, "not-found", "Không có lượt nhập tệp này")};
               }
               Response response = JsonResponse(*status);
               response.user = session.user.login;
               return response;
             }));
}

}  // namespace tochuc::http
