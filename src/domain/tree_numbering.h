// TreeNumbering: one shape of the org tree, numbered in pre-order so that a
// subtree is the interval [begin, end) of positions.
//
// A numbering is built from a forest (each node's parent) and may also place
// aliases: orgs that have no node of their own and count where another org
// stands (an org merged away, in "today's structure"). Immutable once built;
// safe to share between threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/ids.h"

namespace tochuc {

struct PositionRange {
  int32_t begin = 0;
  int32_t end = 0;  // exclusive
  bool Contains(int32_t position) const { return position >= begin && position < end; }
  bool empty() const { return begin >= end; }
};

class TreeNumbering {
 public:
  static constexpr int32_t kAbsent = -1;

  TreeNumbering() = default;
  // `parent[o]` for every org index: its parent node, or nullopt for a root;
  // `is_node[o]` false leaves o out of the tree; `alias_of[o]`, when set,
  // places a non-node o at the position of that node.
  // REQUIRES: parents of nodes are nodes; no cycles; aliases point to nodes.
  TreeNumbering(const std::vector<std::optional<OrgId>>& parent, const std::vector<bool>& is_node,
                const std::vector<std::optional<OrgId>>& alias_of);

  // The position where the org's members count, or kAbsent.
  int32_t Position(OrgId org) const {
    return Index(org) < position_.size() ? position_[Index(org)] : kAbsent;
  }
  // The positions of the org's subtree; empty for aliases and absent orgs.
  PositionRange Subtree(OrgId org) const;
  bool IsNode(OrgId org) const { return !Subtree(org).empty(); }
  // Calls `visit(OrgId)` for every org placed at a position in `range`:
  // the nodes in position order, then the aliases.
  template <typename Visit>
  void ForEachOrgIn(PositionRange range, Visit&& visit) const {
    for (int32_t pos = std::max(range.begin, 0); pos < range.end && pos < NodeCount(); ++pos) {
      visit(node_at_[static_cast<size_t>(pos)]);
    }
    auto first = std::lower_bound(aliases_.begin(), aliases_.end(), range.begin,
                                  [](const Alias& a, int32_t pos) { return a.position < pos; });
    for (; first != aliases_.end() && first->position < range.end; ++first) visit(first->org);
  }
  // The orgs whose parent is `org`, in position order.
  std::vector<OrgId> Children(OrgId org) const;
  int32_t NodeCount() const { return static_cast<int32_t>(node_at_.size()); }
  OrgId NodeAt(int32_t position) const { return node_at_[static_cast<size_t>(position)]; }

 private:
  struct Alias {
    int32_t position;
    OrgId org;
  };
  std::vector<int32_t> position_;  // by org index
  std::vector<int32_t> end_;       // by org index; 0 if not a node
  std::vector<OrgId> node_at_;     // by position
  std::vector<Alias> aliases_;     // sorted by position

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

}  // namespace tochuc
