// Browsing the org tree: an org with its member count, and its children
// (one level at a time, for a tree the UI opens lazily), each with the
// members of its subtree and whether it has children of its own.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

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

}  // namespace tochuc::app
