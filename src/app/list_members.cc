#include "app/list_members.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "text/vietnamese_text.h"

namespace tochuc::app {

std::vector<MemberListing> ListMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search) {
  std::vector<MemberListing> out;
  const MemberTable& members = model.members;
  const MemberDirectory& directory = model.directory;
  const std::vector<uint8_t> inside = model.SubtreeMaskAt(org, day);
  const std::string needle = search ? text::SearchKey(*search) : "";
  // Folding and collating take microseconds each with ICU, and names repeat
  // (a province of 75,000 members has about 19,000 distinct ones): each
  // distinct name is folded and collated once per call.
  std::unordered_map<std::string_view, bool> name_matches;
  for (uint32_t member_idx = 0; member_idx < members.size(); ++member_idx) {
    const auto member_id = static_cast<MemberId>(member_idx);
    const std::optional<Spell> spell = members.SpellAt(member_id, day);
    if (!spell || !spell->active || !inside[Index(spell->org)]) continue;
    if (!needle.empty()) {
      const std::string_view name = directory.name(member_id);
      auto [it, is_new] = name_matches.try_emplace(name, false);
      if (is_new) it->second = text::SearchKey(name).find(needle) != std::string::npos;
      if (!it->second) continue;
    }
    out.push_back({member_id, spell->org, spell->status, spell->exempted});
  }
  std::unordered_map<std::string_view, std::string> collation_keys;
  std::vector<const std::string*> keys(out.size());
  for (size_t idx = 0; idx < out.size(); ++idx) {
    const std::string_view name = directory.name(out[idx].member);
    auto [it, is_new] = collation_keys.try_emplace(name);
    if (is_new) it->second = text::CollationKey(name);
    keys[idx] = &it->second;
  }
  std::vector<size_t> order(out.size());
  for (size_t idx = 0; idx < order.size(); ++idx) order[idx] = idx;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return *keys[a] != *keys[b] ? *keys[a] < *keys[b]
                                : directory.id(out[a].member) < directory.id(out[b].member);
  });
  std::vector<MemberListing> sorted;
  sorted.reserve(out.size());
  for (size_t idx : order) sorted.push_back(out[idx]);
  return sorted;
}

}  // namespace tochuc::app
