// SubtreeSlots: where an org counts in a report on unit X with one row per
// child (ledger-format.md § Order, days and the tree a report uses). Each
// child row is the child's own subtree, so an org counts in X's total when X
// is among its ancestors-or-self, and in child row k when child k is.
//
// - kPeriod: subtrees at each moment: an org is placed by walking its
//   parents at that moment, a regrouped org by its ancestor chains. A child
//   that moved in or out during the period, or under another listed child,
//   is still its own subtree, so an org may count in several rows.
// - kToday: today's subtrees, fixed; merged-away orgs count where their
//   merges end. Today's children partition X, so an org counts in one row.
#pragma once

#include <array>
#include <span>
#include <stdexcept>
#include <vector>

#include "domain/read_model.h"

namespace tochuc {

enum class Structure : uint8_t { kPeriod, kToday };

// Where one org counts: X's total, and the child rows (slots from 1).
struct Placement {
  bool in_root = false;
  uint8_t slot_count = 0;
  std::array<int32_t, 14> slots{};

  std::span<const int32_t> Slots() const { return {slots.data(), slot_count}; }
  bool Has(int32_t slot) const;
  void Add(int32_t slot) {
    if (slot_count == slots.size()) throw std::length_error("child rows nested too deep");
    slots[slot_count++] = slot;
  }
};

class SubtreeSlots {
 public:
  // `children`: the child rows; slot k is children[k - 1].
  SubtreeSlots(const ReadModel& model, OrgId root, Structure structure,
               std::span<const OrgId> children);

  Structure structure() const { return structure_; }
  OrgId root() const { return root_; }
  std::span<const OrgId> children() const { return children_; }

  // kToday: the single row of an org (0: X itself, -1: outside X), and the
  // ranks of X's subtree today.
  int SlotToday(OrgId org) const {
    const uint32_t rank = model_.today_rank[Index(org)];
    return ranks_.Contains(rank) ? slot_by_rank_[rank - ranks_.first] : -1;
  }
  Placement PlaceToday(OrgId org) const;
  RankRange ranks() const { return ranks_; }

  // kPeriod: the rows of an org at a moment, and of a regroup chain (an org
  // and its ancestors, nearest first).
  Placement PlaceAt(OrgId org, Moment at) const;
  Placement PlaceChain(std::span<const OrgId> chain) const;

 private:
  void Note(OrgId org, Placement& placement) const;

  const ReadModel& model_;
  OrgId root_;
  Structure structure_;
  std::span<const OrgId> children_;
  RankRange ranks_;
  std::vector<int32_t> slot_by_rank_;  // kToday, for ranks_
  std::vector<int32_t> slot_by_org_;   // kPeriod: 0 for orgs that are not child rows
};

}  // namespace tochuc
