#include "domain/tree_numbering.h"

#include <algorithm>
#include <numeric>

namespace tochuc {

TreeNumbering::TreeNumbering(const std::vector<std::optional<OrgId>>& parent,
                             const std::vector<bool>& is_node,
                             const std::vector<std::optional<OrgId>>& alias_of) {
  const size_t n = parent.size();
  position_.assign(n, kAbsent);
  end_.assign(n, 0);
  parent_.assign(n, -1);
  std::vector<std::vector<uint32_t>> children(n);
  std::vector<uint32_t> roots;
  for (uint32_t org = 0; org < n; ++org) {
    if (!is_node[org]) continue;
    if (parent[org]) {
      children[Index(*parent[org])].push_back(org);
      parent_[org] = static_cast<int32_t>(Index(*parent[org]));
    } else {
      roots.push_back(org);
    }
  }
  // Iterative pre-order walk: deep trees must not exhaust the stack.
  int32_t next = 0;
  std::vector<std::pair<uint32_t, size_t>> stack;
  for (uint32_t root : roots) {
    position_[root] = next++;
    stack.push_back({root, 0});
    while (!stack.empty()) {
      auto& [org, child_idx] = stack.back();
      if (child_idx < children[org].size()) {
        const uint32_t child = children[org][child_idx++];
        position_[child] = next++;
        stack.push_back({child, 0});
      } else {
        end_[org] = next;
        stack.pop_back();
      }
    }
  }
  for (uint32_t org = 0; org < n; ++org) {
    if (!is_node[org] && alias_of[org]) position_[org] = position_[Index(*alias_of[org])];
    if (position_[org] != kAbsent) placed_.push_back(static_cast<OrgId>(org));
  }
  std::stable_sort(placed_.begin(), placed_.end(),
                   [this](OrgId a, OrgId b) { return position_[Index(a)] < position_[Index(b)]; });
  placed_pos_.reserve(placed_.size());
  for (OrgId org : placed_) placed_pos_.push_back(position_[Index(org)]);
}

PositionRange TreeNumbering::Subtree(OrgId org) const {
  if (Index(org) >= position_.size() || end_[Index(org)] == 0) return {};
  return {position_[Index(org)], end_[Index(org)]};
}

std::optional<OrgId> TreeNumbering::Parent(OrgId org) const {
  if (Index(org) >= parent_.size() || parent_[Index(org)] < 0) return std::nullopt;
  return static_cast<OrgId>(parent_[Index(org)]);
}

std::span<const OrgId> TreeNumbering::OrgsIn(PositionRange range) const {
  const auto first = std::lower_bound(placed_pos_.begin(), placed_pos_.end(), range.begin);
  const auto last = std::lower_bound(first, placed_pos_.end(), range.end);
  return {placed_.data() + (first - placed_pos_.begin()), static_cast<size_t>(last - first)};
}

std::vector<OrgId> TreeNumbering::Children(OrgId org) const {
  std::vector<OrgId> out;
  const PositionRange range = Subtree(org);
  if (range.empty()) return out;
  for (OrgId candidate : OrgsIn({range.begin + 1, range.end})) {
    if (parent_[Index(candidate)] == static_cast<int32_t>(Index(org))) out.push_back(candidate);
  }
  return out;
}

}  // namespace tochuc
