#include "http/api_context.h"
#include "http/openapi.h"

namespace tochuc::http {

void AddApiRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/openapi.json", RunOn::kIoThread, [](Request&) {
    return Response{200, "application/json", std::string(OpenApiDocument()), {}, {}};
  });
  AddSessionRoutes(router, context);
  AddOrgRoutes(router, context);
  AddMemberRoutes(router, context);
  AddEventRoutes(router, context);
  AddReportRoutes(router, context);
  AddLedgerRoutes(router, context);
  AddUserRoutes(router, context);
  AddReviewRoutes(router, context);
}

}  // namespace tochuc::http
