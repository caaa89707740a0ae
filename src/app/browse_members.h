// A page of a unit's member list: members of its subtree at the end of a
// day, in Vietnamese alphabetical order, optionally those whose name matches
// a search text without regard to case or diacritics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/list_members.h"
#include "app/viewer.h"

namespace tochuc::app {

struct MembersPage {
  size_t total = 0;  // members matching, on every page
  std::vector<MemberListing> members;
};

inline constexpr size_t kMaxPageSize = 500;

// REQUIRES: limit <= kMaxPageSize (the caller refuses more).
MembersPage ListMembersPage(const ReadModel& model, const Viewer& viewer, std::string_view code,
                            const std::optional<std::string>& search, Date day, size_t offset,
                            size_t limit);

}  // namespace tochuc::app
