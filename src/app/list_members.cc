#include "app/list_members.h"

#include <algorithm>

#include "text/vietnamese_text.h"

namespace tochuc::app {

std::vector<MemberListing> ListMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search) {
  std::vector<MemberListing> out;
  const TreeNumbering* tree = model.TreeAt(day);
  if (!tree) return out;
  const PositionRange range = tree->Subtree(org);
  const std::string needle = search ? text::SearchKey(*search) : "";
  for (uint32_t member_idx = 0; member_idx < model.members.size(); ++member_idx) {
    const auto member_id = static_cast<MemberId>(member_idx);
    const Spell* spell = model.SpellAt(member_id, day);
    if (!spell || !spell->active || !range.Contains(tree->Position(spell->org))) continue;
    if (!needle.empty() &&
        text::SearchKey(model.member(member_id).person.name).find(needle) == std::string::npos) {
      continue;
    }
    out.push_back({member_id, spell->org, spell->status, spell->exempted});
  }
  std::vector<std::string> keys(model.members.size());
  for (const MemberListing& listing : out) {
    keys[Index(listing.member)] = text::CollationKey(model.member(listing.member).person.name);
  }
  std::stable_sort(out.begin(), out.end(), [&](const MemberListing& a, const MemberListing& b) {
    const auto& ka = keys[Index(a.member)];
    const auto& kb = keys[Index(b.member)];
    return ka != kb ? ka < kb : model.member(a.member).id < model.member(b.member).id;
  });
  return out;
}

}  // namespace tochuc::app
