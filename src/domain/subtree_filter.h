// SubtreeFilter: answers "does this org count inside the subtree S of X?" for
// the rows and stocks of a report, in either structure (ledger-format.md §
// Order, days and the tree a report uses).
//
// - kPeriod: S is X's subtree at each moment: member rows are tested against
//   the tree version of their event, regroup rows against the ancestor
//   chains before and after the move or merge.
// - kToday: S is fixed, X's subtree in today's tree; merged-away orgs count
//   where their merges end, so moves and merges never cross S's border.
#pragma once

#include "domain/read_model.h"

namespace tochuc {

enum class Structure : uint8_t { kPeriod, kToday };

class SubtreeFilter {
 public:
  SubtreeFilter(const ReadModel& model, OrgId root, Structure structure)
      : model_(model), root_(root), structure_(structure) {}

  // Whether a row's `from` / `to` end lies inside S (regroup rows included).
  bool FromInside(const FlowRow& row) const;
  bool ToInside(const FlowRow& row) const;
  // Members inside S at the end of `day`.
  int64_t Stock(Date day) const;
  // The tree that places orgs at the end of `day` (nullptr: nothing yet).
  const TreeNumbering* TreeFor(Date day) const;

 private:
  bool InVersion(OrgId org, uint32_t version) const;
  bool InChain(uint32_t offset, uint32_t length) const;

  const ReadModel& model_;
  OrgId root_;
  Structure structure_;
  mutable uint32_t cached_version_ = UINT32_MAX;
  mutable PositionRange cached_range_;
};

}  // namespace tochuc
