// The API's JSON forms of orgs, members and users. Field names are a
// contract (openapi.json): add, never rename.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/storage_ptr.hpp>

#include "app/browse_orgs.h"
#include "app/list_members.h"
#include "domain/user.h"

namespace tochuc::http {

// `storage`: where the object's memory comes from (a monotonic resource
// for a response of many orgs: thousands of small allocations otherwise).
boost::json::object OrgJson(const ReadModel& model, const app::OrgSummary& summary,
                            boost::json::storage_ptr storage = {});
boost::json::object MemberListingJson(const ReadModel& model, const app::MemberListing& listing,
                                      Role role);
boost::json::object UserJson(const User& user);

}  // namespace tochuc::http
