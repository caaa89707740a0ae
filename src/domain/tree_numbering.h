// TreeNumbering: one shape of the org tree, numbered in pre-order so that a
// subtree is the interval [begin, end) of positions.
//
// A numbering is built from a forest (each node's parent) and may also place
// aliases: orgs that have no node of their own and count where another org
// stands (an org merged away, in "today's structure"). Immutable once built;
// safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
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
  std::optional<OrgId> Parent(OrgId org) const;
  // Orgs placed at positions in `range` (nodes and aliases), in position order.
  std::span<const OrgId> OrgsIn(PositionRange range) const;
  // The orgs whose parent is `org`, in position order.
  std::vector<OrgId> Children(OrgId org) const;
  size_t org_capacity() const { return position_.size(); }

 private:
  std::vector<int32_t> position_;    // by org index
  std::vector<int32_t> end_;         // by org index; == position_ + 1 for leaves, 0 if not a node
  std::vector<int32_t> parent_;      // by org index; -1 for roots and non-nodes
  std::vector<OrgId> placed_;        // sorted by position
  std::vector<int32_t> placed_pos_;  // position of placed_[i]
};

}  // namespace tochuc
