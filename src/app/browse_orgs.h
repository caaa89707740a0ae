// Browsing the org tree: an org with its member count, and its children
// (one level at a time, for a tree the UI opens lazily), each with the
// members of its subtree and whether it has children of its own.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "app/org_search_keys.h"
#include "app/viewer.h"

namespace tochuc::app {

struct OrgSummary {
  OrgId org{};
  std::optional<OrgId> parent;  // in today's tree
  int64_t members = 0;          // in today's subtree at the end of the last recorded day
  size_t children = 0;          // in today's tree, dissolved ones included (merged ones leave it)
  size_t live_children = 0;     // of those, the ones not dissolved
};

OrgSummary SummarizeOrg(const ReadModel& model, const Viewer& viewer, std::string_view code);
// The org's children in today's tree, in their order there.
std::vector<OrgSummary> ListChildren(const ReadModel& model, const Viewer& viewer,
                                     std::string_view code);
// The orgs the viewer starts browsing from: their own org (every root for an
// admin); none for a member.
std::vector<OrgSummary> ListScopeRoots(const ReadModel& model, const Viewer& viewer);

// The orgs in the viewer's scope whose name contains `search` (ignoring
// case and diacritics: "an binh" finds "Đảng bộ xã An Bình") or whose code
// starts with it, in today's tree order, at most `limit`; orgs merged away
// are left out, dissolved ones are not. `keys`: the folded names, kept
// from one search to the next.
std::vector<OrgSummary> SearchOrgs(const ReadModel& model, const Viewer& viewer,
                                   std::string_view search, size_t limit, OrgSearchKeys& keys);

}  // namespace tochuc::app
