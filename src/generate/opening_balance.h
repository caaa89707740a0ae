// The ledger's first day: the tree as planned is established (parents
// before children) and the members it opens with are registered as opening
// balances — officials recognized years ago, and the probationary members
// admitted in the last twelve months, whose probations are then scheduled.
// Old members already exempted from activities are recorded as such.
#pragma once

#include "generate/action_queue.h"
#include "generate/ledger_writer.h"
#include "generate/org_tree_plan.h"
#include "generate/random.h"

namespace tochuc::generate {

// REQUIRES: nothing written yet; `plan.orgs` parents before children.
void OpenLedger(Date day, const OrgTreePlan& plan, Random& rng, LedgerWriter& writer,
                ActionQueue& queue);

}  // namespace tochuc::generate
