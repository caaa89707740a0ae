// The org tree, one level at a time, and a unit's member list.
#include <boost/json.hpp>

#include "app/browse_members.h"
#include "app/browse_orgs.h"
#include "http/api_json.h"
#include "http/api_support.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

Response Answer(const Session& session, const json::value& value) {
  Response response = JsonResponse(value);
  response.user = session.user.login;
  return response;
}

json::array OrgsJson(const ReadModel& model, const std::vector<app::OrgSummary>& orgs) {
  json::array out;
  for (const app::OrgSummary& org : orgs) out.push_back(OrgJson(model, org));
  return out;
}

}  // namespace

void AddOrgRoutes(Router& router, ApiContext& context) {
  router.Add("GET", "/api/v1/orgs", RunOn::kIoThread, Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               return Answer(session, context.live.Read([&](const ReadModel& model) {
                 const app::Viewer viewer = app::ResolveViewer(model, session.user);
                 return json::value{{"orgs", OrgsJson(model, app::ListScopeRoots(model, viewer))}};
               }));
             }));
  router.Add(
      "GET", "/api/v1/orgs/{code}", RunOn::kIoThread, Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        return Answer(session, context.live.Read([&](const ReadModel& model) {
          const app::Viewer viewer = app::ResolveViewer(model, session.user);
          return json::value(OrgJson(model, app::SummarizeOrg(model, viewer, request.params[0])));
        }));
      }));
  router.Add(
      "GET", "/api/v1/orgs/{code}/children", RunOn::kIoThread,
      Guard({}, [&context](Request& request) {
        const Session session = RequireSession(context, request);
        return Answer(session, context.live.Read([&](const ReadModel& model) {
          const app::Viewer viewer = app::ResolveViewer(model, session.user);
          return json::value{
              {"orgs", OrgsJson(model, app::ListChildren(model, viewer, request.params[0]))}};
        }));
      }));
  router.Add("GET", "/api/v1/orgs/{code}/members", RunOn::kWorkerPool,
             Guard({"search", "on", "offset", "limit"}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               std::optional<std::string> search;
               if (auto text = request.Query("search"); text && !text->empty())
                 search.emplace(*text);
               const std::optional<Date> on = OptionalDateParam(request, "on");
               const size_t offset = SizeParam(request, "offset", 0, SIZE_MAX / 2);
               const size_t limit = SizeParam(request, "limit", 50, app::kMaxPageSize);
               return Answer(session, context.live.Read([&](const ReadModel& model) {
                 const app::Viewer viewer = app::ResolveViewer(model, session.user);
                 const Date day = on.value_or(model.last_event_date.value_or(Date::FromDays(0)));
                 const app::MembersPage page = app::ListMembersPage(
                     model, viewer, request.params[0], search, day, offset, limit);
                 json::array members;
                 for (const app::MemberListing& listing : page.members) {
                   members.push_back(MemberListingJson(model, listing, session.user.role));
                 }
                 return json::value{{"total", page.total},
                                    {"offset", offset},
                                    {"limit", limit},
                                    {"on", day.ToString()},
                                    {"members", std::move(members)}};
               }));
             }));
}

}  // namespace tochuc::http
