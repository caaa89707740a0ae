// ActionQueue: what the generator has decided will happen on a later day
// ("recognize M0001234 on 2016-03-12", "a member of this district dies
// this month"), in the order the ledger will apply it.
//
// Actions are intentions: when one comes due, the code carrying it out
// checks again that it still applies (the member may have died meanwhile).
// Ties on a day keep the order they were pushed in. Not thread-safe.
#pragma once

#include <cstdint>
#include <queue>
#include <vector>

#include "domain/date.h"
#include "generate/province_state.h"

namespace tochuc::generate {

enum class ActionKind : uint8_t {
  // Member flows.
  kAdmit,
  kRecognize,
  kRemoveProbation,
  kTransferIn,
  kReadmit,
  kDie,
  kExempt,
  kEndExemption,
  kRemove,
  kExpel,
  kTransferOut,
  kTransfer,
  kCorrect,
  // Changes to the tree.
  kNewCell,
  kRenameOrg,
  kMoveCell,
  kDissolveCell,
  kMergeHamlets,
};

struct Action {
  Date day;
  uint64_t order = 0;
  ActionKind kind = ActionKind::kAdmit;
  MemberIdx member = 0;  // for actions on one member
  Date admitted_on;      // kRecognize / kRemoveProbation: the probation it ends
};

class ActionQueue {
 public:
  void Push(Date day, ActionKind kind, MemberIdx member = 0, Date admitted_on = Date()) {
    heap_.push({day, next_order_++, kind, member, admitted_on});
  }
  // True when an action is due on or before `day`.
  bool HasDue(Date day) const { return !heap_.empty() && heap_.top().day <= day; }
  // REQUIRES: !empty().
  Action Pop() {
    Action action = heap_.top();
    heap_.pop();
    return action;
  }
  bool empty() const { return heap_.empty(); }

 private:
  struct Later {
    bool operator()(const Action& a, const Action& b) const {
      return a.day != b.day ? a.day > b.day : a.order > b.order;
    }
  };
  std::priority_queue<Action, std::vector<Action>, Later> heap_;
  uint64_t next_order_ = 0;
};

}  // namespace tochuc::generate
