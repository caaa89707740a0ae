// What the API's handlers work with: the live read model, the one event
// recorder, the database connections, the sessions and the login throttle.
#pragma once

#include <chrono>

#include "app/connection_pool.h"
#include "app/live_read_model.h"
#include "app/record_event.h"
#include "http/import_jobs.h"
#include "http/login_throttle.h"
#include "http/router.h"
#include "http/sessions.h"

namespace tochuc::http {

struct ApiContext {
  app::LiveReadModel& live;
  app::EventRecorder& recorder;
  app::ConnectionPool& connections;
  Sessions& sessions;
  LoginThrottle& throttle;
  ImportJobs& imports;
  bool secure_cookies = false;  // behind https: cookies get `Secure`
  // How long a session trusts the user it read before reading it again: a
  // user changed or disabled from the command line is signed out this late.
  std::chrono::seconds recheck_user{30};
};

// Every route under /api/v1 (openapi.json documents the same list).
void AddApiRoutes(Router& router, ApiContext& context);

void AddSessionRoutes(Router& router, ApiContext& context);
void AddOrgRoutes(Router& router, ApiContext& context);
void AddMemberRoutes(Router& router, ApiContext& context);
void AddEventRoutes(Router& router, ApiContext& context);
void AddReportRoutes(Router& router, ApiContext& context);
void AddLedgerRoutes(Router& router, ApiContext& context);
void AddUserRoutes(Router& router, ApiContext& context);
void AddReviewRoutes(Router& router, ApiContext& context);

}  // namespace tochuc::http
