// The member list of a unit: members in its subtree at the end of a day,
// sorted with the Vietnamese collation, optionally filtered by a search text
// that ignores case and diacritics ("nguyen van duc" finds "Nguyễn Văn Đức").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/active_members.h"
#include "domain/read_model.h"

namespace tochuc::app {

using MemberListing = ActiveMember;

// The members, in no particular order.
std::vector<MemberListing> FindMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search);

// Puts listings [first, last) where a sort by name (the Vietnamese
// collation, then member id) would put them; the others are in no
// particular order. A page costs a selection, not a sort of every member.
void SortWindowByName(const MemberDirectory& directory, std::vector<MemberListing>& listings,
                      size_t first, size_t last);

// The members, every one in order.
std::vector<MemberListing> ListMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search);

}  // namespace tochuc::app
