// OrgHistory: where every org stood at every moment, without a copy of the
// tree per change: per org, its parents over time and the moments it was
// alive. "X's subtree at moment m" is answered by walking parents at m.
//
// Built by ReadModelBuilder in apply order, then Finish()ed. Reopen() takes
// more changes (a restructure recorded live) until the next Finish().
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "domain/ids.h"
#include "domain/moment.h"

namespace tochuc {

class OrgHistory {
 public:
  // Building, in apply order.
  // REQUIRES: org is the next org index.
  void Establish(OrgId org, std::optional<OrgId> parent, Moment at);
  void SetParent(OrgId org, std::optional<OrgId> parent, Moment at);
  void End(OrgId org, Moment at);
  void Finish();
  void Reopen();
  bool IsOpen() const { return !building_.empty() || entries_.empty(); }

  size_t size() const { return established_.size(); }
  std::optional<OrgId> ParentAt(OrgId org, Moment at) const;
  bool AliveAt(OrgId org, Moment at) const {
    return established_[Index(org)] <= at && at < ended_[Index(org)];
  }
  // Whether `child` was alive with parent `parent` at some moment in [first, last].
  bool WasChildDuring(OrgId child, OrgId parent, Moment first, Moment last) const;
  // Every org that had `org` as parent at some moment.
  std::span<const OrgId> EverChildren(OrgId org) const {
    return {ever_children_.data() + ever_children_offset_[Index(org)],
            ever_children_offset_[Index(org) + 1] - ever_children_offset_[Index(org)]};
  }

  // Calls visit(org, top) for the alive orgs of `root`'s subtree at `at`,
  // each parent before its children; `top` is the child of root the org is
  // under (root itself for root).
  template <typename Visit>
  void ForEachInSubtreeAt(OrgId root, Moment at, Visit&& visit) const;

 private:
  struct ParentEntry {
    Moment since;
    uint32_t parent;  // kNoParent for a root
  };
  static constexpr uint32_t kNoParent = UINT32_MAX;
  std::span<const ParentEntry> EntriesOf(OrgId org) const {
    return {entries_.data() + entry_offset_[Index(org)],
            entry_offset_[Index(org) + 1] - entry_offset_[Index(org)]};
  }

  std::vector<Moment> established_, ended_;
  // While building: one list per org; Finish() flattens them.
  std::vector<std::vector<ParentEntry>> building_;
  std::vector<ParentEntry> entries_;
  std::vector<uint32_t> entry_offset_;
  std::vector<OrgId> ever_children_;
  std::vector<uint32_t> ever_children_offset_;

  template <typename Io, typename Model>
  friend void SnapshotColumns(Io& io, Model& model);
};

template <typename Visit>
void OrgHistory::ForEachInSubtreeAt(OrgId root, Moment at, Visit&& visit) const {
  if (Index(root) >= size() || !AliveAt(root, at)) return;
  std::vector<std::pair<OrgId, OrgId>> stack{{root, root}};
  while (!stack.empty()) {
    const auto [org, top] = stack.back();
    stack.pop_back();
    visit(org, top);
    const auto children = EverChildren(org);
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      if (AliveAt(*it, at) && ParentAt(*it, at) == org) {
        stack.push_back({*it, org == root ? *it : top});
      }
    }
  }
}

}  // namespace tochuc
