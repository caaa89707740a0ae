// Recording a ledger event: 201 with its seq once reports see it; 422 with
// the same reasons an import gives when a rule refuses it.
#include <boost/json.hpp>

#include "http/api_support.h"

namespace tochuc::http {

void AddEventRoutes(Router& router, ApiContext& context) {
  router.Add(
      "POST", "/api/v1/events", RunOn::kWorkerPool, Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        JsonBody(request);  // the media type and the JSON itself first
        const app::RecordOutcome outcome = context.recorder.Record(session.user, request.body);
        Response response =
            outcome.problems.empty()
                ? JsonResponse(
                      boost::json::object{{"seq", outcome.seq}, {"replayed", outcome.replayed}},
                      201)
                : RefusedResponse("Sự kiện không được ghi vì vi phạm quy định", outcome.problems);
        response.user = session.user.login;
        return response;
      }));
}

}  // namespace tochuc::http
