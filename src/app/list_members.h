// The member list of a unit: members in its subtree at the end of a day,
// sorted with the Vietnamese collation, optionally filtered by a search text
// that ignores case and diacritics ("nguyen van duc" finds "Nguyễn Văn Đức").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/read_model.h"

namespace tochuc::app {

struct MemberListing {
  MemberId member{};
  OrgId org{};
  MemberStatus status = MemberStatus::kProbationary;
  bool exempted = false;
};

std::vector<MemberListing> ListMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search);

}  // namespace tochuc::app
