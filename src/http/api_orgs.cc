// The org tree, one level at a time, and a unit's member list.
#include <boost/json.hpp>

#include "app/browse_members.h"
#include "app/browse_orgs.h"
#include "http/api_json.h"
#include "http/api_support.h"

namespace tochuc::http {
namespace {

namespace json = boost::json;

constexpr size_t kMaxOrgsFound = 100;  // a search answers a few to pick from

Response Answer(const Session& session, const json::value& value) {
  Response response = JsonResponse(value);
  response.user = session.user.login;
  return response;
}

// The response of a list of orgs, built in one block of memory.
std::string OrgsBody(const ReadModel& model, const std::vector<app::OrgSummary>& orgs) {
  json::monotonic_resource memory;
  json::storage_ptr storage(&memory);
  json::array list(storage);
  list.reserve(orgs.size());
  for (const app::OrgSummary& org : orgs) list.emplace_back(OrgJson(model, org, storage));
  json::object body(storage);
  body.emplace("orgs", std::move(list));
  return json::serialize(body);
}

Response AnswerBody(const Session& session, std::string body) {
  Response response{200, "application/json", std::move(body), {}, session.user.login};
  return response;
}

}  // namespace

void AddOrgRoutes(Router& router, ApiContext& context) {
  // Folded once here, so that the first search does not wait for it.
  auto search_keys = std::make_shared<app::OrgSearchKeys>();
  context.live.Read([&](const ReadModel& model) { search_keys->Find(model, {}, "", 0); });
  router.Add("GET", "/api/v1/orgs", RunOn::kWorkerPool,
             Guard({"search", "limit"}, [&context, search_keys](Request& request) {
               const Session session = RequireSession(context, request);
               const std::optional<std::string_view> search = request.Query("search");
               const size_t limit = SizeParam(request, "limit", 20, kMaxOrgsFound);
               return AnswerBody(session, context.live.Read([&](const ReadModel& model) {
                 const app::Viewer viewer = app::ResolveViewer(model, session.user);
                 return OrgsBody(model,
                                 search && !search->empty()
                                     ? app::SearchOrgs(model, viewer, *search, limit, *search_keys)
                                     : app::ListScopeRoots(model, viewer));
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
  router.Add("GET", "/api/v1/orgs/{code}/children", RunOn::kIoThread,
             Guard({}, [&context](Request& request) {
               const Session session = RequireSession(context, request);
               return AnswerBody(session, context.live.Read([&](const ReadModel& model) {
                 const app::Viewer viewer = app::ResolveViewer(model, session.user);
                 return OrgsBody(model, app::ListChildren(model, viewer, request.params[0]));
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
