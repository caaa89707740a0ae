#include "app/list_members.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "text/vietnamese_text.h"

namespace tochuc::app {

std::vector<MemberListing> FindMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search) {
  std::vector<MemberListing> out =
      ActiveMembersAt(model.members, model.SubtreeMaskAt(org, day), day);
  const std::string needle = search ? text::SearchKey(*search) : "";
  if (needle.empty()) return out;
  // Folding takes microseconds with ICU, and names repeat (a province of
  // 75,000 members has about 19,000 distinct ones): each distinct name is
  // folded once per call.
  std::unordered_map<std::string_view, bool> name_matches;
  std::erase_if(out, [&](const MemberListing& listing) {
    const std::string_view name = model.directory.name(listing.member);
    auto [it, is_new] = name_matches.try_emplace(name, false);
    if (is_new) it->second = text::SearchKey(name).find(needle) != std::string::npos;
    return !it->second;
  });
  return out;
}

void SortWindowByName(const MemberDirectory& directory, std::vector<MemberListing>& listings,
                      size_t first, size_t last) {
  last = std::min(last, listings.size());
  first = std::min(first, last);
  if (first == last) return;  // an empty page: nothing to put in order
  // Each distinct name is collated once and ranked; members then compare by
  // rank, an integer, and by id only between equal names.
  std::unordered_map<std::string_view, uint32_t> distinct;
  std::vector<std::string_view> names;
  std::vector<uint32_t> name_of(listings.size());
  for (size_t idx = 0; idx < listings.size(); ++idx) {
    const std::string_view name = directory.name(listings[idx].member);
    const auto [it, is_new] = distinct.try_emplace(name, static_cast<uint32_t>(names.size()));
    if (is_new) names.push_back(name);
    name_of[idx] = it->second;
  }
  std::vector<std::string> keys(names.size());
  for (size_t n = 0; n < names.size(); ++n) keys[n] = text::CollationKey(names[n]);
  std::vector<uint32_t> by_key(names.size());
  std::iota(by_key.begin(), by_key.end(), 0u);
  std::sort(by_key.begin(), by_key.end(),
            [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<uint32_t> rank(names.size());
  for (size_t k = 1; k < by_key.size(); ++k) {
    // Names the collation cannot tell apart share a rank.
    rank[by_key[k]] = rank[by_key[k - 1]] + (keys[by_key[k - 1]] != keys[by_key[k]] ? 1 : 0);
  }
  std::vector<uint32_t> order(listings.size());
  std::iota(order.begin(), order.end(), 0u);
  const auto by_name = [&](uint32_t a, uint32_t b) {
    const uint32_t rank_a = rank[name_of[a]], rank_b = rank[name_of[b]];
    if (rank_a != rank_b) return rank_a < rank_b;
    return directory.id(listings[a].member) < directory.id(listings[b].member);
  };
  const auto window_begin = order.begin() + static_cast<std::ptrdiff_t>(first);
  const auto window_end = order.begin() + static_cast<std::ptrdiff_t>(last);
  if (first == 0 && last == order.size()) {
    std::sort(order.begin(), order.end(), by_name);  // every member: a heap sort is slower
  } else {
    if (first > 0) std::nth_element(order.begin(), window_begin, order.end(), by_name);
    std::partial_sort(window_begin, window_end, order.end(), by_name);
  }
  std::vector<MemberListing> sorted;
  sorted.reserve(listings.size());
  for (uint32_t idx : order) sorted.push_back(listings[idx]);
  listings = std::move(sorted);
}

std::vector<MemberListing> ListMembers(const ReadModel& model, OrgId org, Date day,
                                       const std::optional<std::string>& search) {
  std::vector<MemberListing> out = FindMembers(model, org, day, search);
  SortWindowByName(model.directory, out, 0, out.size());
  return out;
}

}  // namespace tochuc::app
