#include "domain/tree_numbering.h"

namespace tochuc {

TreeNumbering::TreeNumbering(const std::vector<std::optional<OrgId>>& parent,
                             const std::vector<bool>& is_node,
                             const std::vector<std::optional<OrgId>>& alias_of) {
  const size_t n = parent.size();
  position_.assign(n, kAbsent);
  end_.assign(n, 0);
  std::vector<std::vector<uint32_t>> children(n);
  std::vector<uint32_t> roots;
  for (uint32_t org = 0; org < n; ++org) {
    if (!is_node[org]) continue;
    if (parent[org]) {
      children[Index(*parent[org])].push_back(org);
    } else {
      roots.push_back(org);
    }
  }
  // Iterative pre-order walk: deep trees must not exhaust the stack.
  std::vector<std::pair<uint32_t, size_t>> stack;
  auto enter = [&](uint32_t org) {
    position_[org] = static_cast<int32_t>(node_at_.size());
    node_at_.push_back(static_cast<OrgId>(org));
    stack.push_back({org, 0});
  };
  for (uint32_t root : roots) {
    enter(root);
    while (!stack.empty()) {
      auto& [org, child_idx] = stack.back();
      if (child_idx < children[org].size()) {
        enter(children[org][child_idx++]);
      } else {
        end_[org] = NodeCount();
        stack.pop_back();
      }
    }
  }
  for (uint32_t org = 0; org < n; ++org) {
    if (is_node[org] || !alias_of[org]) continue;
    position_[org] = position_[Index(*alias_of[org])];
    aliases_.push_back({position_[org], static_cast<OrgId>(org)});
  }
  std::stable_sort(aliases_.begin(), aliases_.end(),
                   [](const Alias& a, const Alias& b) { return a.position < b.position; });
}

PositionRange TreeNumbering::Subtree(OrgId org) const {
  if (Index(org) >= position_.size() || end_[Index(org)] == 0) return {};
  return {position_[Index(org)], end_[Index(org)]};
}

std::vector<OrgId> TreeNumbering::Children(OrgId org) const {
  std::vector<OrgId> out;
  const PositionRange range = Subtree(org);
  // A subtree is the node and then its children's subtrees, one after another.
  for (int32_t pos = range.begin + 1; pos < range.end;) {
    const OrgId child = node_at_[static_cast<size_t>(pos)];
    out.push_back(child);
    pos = end_[Index(child)];
  }
  return out;
}

}  // namespace tochuc
