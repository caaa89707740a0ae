// OrgChanges: how the tree changes between the opening day and the end,
// apart from the 2025 restructuring: new cells (enterprises, new hamlets,
// kindergartens) staffed by members transferred from nearby cells, renamed
// units (equitized companies, hamlets given names), hamlet cells moved to a
// neighbouring commune, small cells dissolved after their members moved to
// a sibling cell, and the hamlet mergers of 2019-2020.
//
// Counts scale with the province and are paced so that even a small
// province sees each kind a few times. Not thread-safe.
#pragma once

#include <string>
#include <vector>

#include "generate/action_queue.h"
#include "generate/calendar.h"
#include "generate/ledger_writer.h"
#include "generate/random.h"

namespace tochuc::generate {

class OrgChanges {
 public:
  // `scale`: the province's size relative to 75,000 members. `hamlet_word`
  // and `urban_block_word` as in OrgTreePlan.
  OrgChanges(Random& rng, LedgerWriter& writer, ActionQueue& queue, double scale,
             std::string hamlet_word, std::string urban_block_word);

  // On the first of a month: the month's changes, dated from `not_before`.
  void PlanMonth(Date first_day, Date not_before);
  // Carries out a due change (or nothing when no org fits any more).
  // REQUIRES: an org change kind.
  void Execute(const Action& action);

 private:
  void NewCell(Date day);
  void RenameOrg(Date day);
  void MoveCell(Date day);
  void DissolveCell(Date day);
  void MergeHamlets(Date day);

  OrgIdx NewCommuneCell(Date day);
  OrgIdx NewEnterpriseCell(Date day);
  // Moves up to `count` members into `cell`: from its sibling cells, or
  // from orgs of the same district when it has none.
  void StaffNewCell(Date day, OrgIdx cell, int count);
  // A random alive org of that role (found through the member-holding orgs
  // and their parents), or kNoOrg.
  OrgIdx FindHolding(OrgRole role);
  OrgIdx FindCommune();
  // The district or bloc new enterprise cells go under (the province once
  // districts are gone).
  OrgIdx EnterpriseParent();
  // "thôn", "ấp", "bản", "khu phố" or "tổ dân phố", as the commune's
  // hamlets are called.
  std::string HamletWordOf(OrgIdx commune) const;

  Random& rng_;
  LedgerWriter& writer_;
  ActionQueue& queue_;
  double scale_;
  std::string hamlet_word_;
  std::string urban_block_word_;
  Pacer new_cells_;
  Pacer renames_;
  Pacer moves_;
  Pacer dissolutions_;
  Pacer hamlet_mergers_;
};

}  // namespace tochuc::generate
