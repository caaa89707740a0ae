// A member's record and history, as the role may see them.
#include <boost/json.hpp>

#include "app/member_record.h"
#include "http/api_support.h"

namespace tochuc::http {

void AddMemberRoutes(Router& router, ApiContext& context) {
  router.Add(
      "GET", "/api/v1/members/{id}", RunOn::kWorkerPool, Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        app::ConnectionPool::Lease connection = context.connections.Acquire();
        app::MemberRecord record = app::ReadMemberRecord(
            context.live, *connection->ledger, *connection->audit, session.user, request.params[0]);
        Response response = JsonResponse(boost::json::object{
            {"record", std::move(record.record)}, {"history", std::move(record.history)}});
        response.user = session.user.login;
        return response;
      }));
}

}  // namespace tochuc::http
