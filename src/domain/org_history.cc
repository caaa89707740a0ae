#include "domain/org_history.h"

#include <algorithm>

namespace tochuc {

void OrgHistory::Establish(OrgId org, std::optional<OrgId> parent, Moment at) {
  established_.push_back(at);
  ended_.push_back(kNever);
  building_.emplace_back();
  SetParent(org, parent, at);
}

void OrgHistory::SetParent(OrgId org, std::optional<OrgId> parent, Moment at) {
  auto& list = building_[Index(org)];
  const ParentEntry entry{at, parent ? Index(*parent) : kNoParent};
  if (!list.empty() && list.back().since == at) {
    list.back() = entry;
  } else {
    list.push_back(entry);
  }
}

void OrgHistory::End(OrgId org, Moment at) { ended_[Index(org)] = at; }

void OrgHistory::Reopen() {
  if (IsOpen()) return;
  building_.resize(size());
  for (uint32_t org_idx = 0; org_idx < size(); ++org_idx) {
    const auto entries = EntriesOf(static_cast<OrgId>(org_idx));
    building_[org_idx].assign(entries.begin(), entries.end());
  }
}

void OrgHistory::Finish() {
  const size_t n = building_.size();
  entries_.clear();
  ever_children_.clear();
  entry_offset_.assign(n + 1, 0);
  std::vector<std::vector<OrgId>> children(n);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    entry_offset_[org_idx] = static_cast<uint32_t>(entries_.size());
    for (const ParentEntry& entry : building_[org_idx]) {
      entries_.push_back(entry);
      if (entry.parent == kNoParent) continue;
      auto& list = children[entry.parent];
      if (list.empty() || list.back() != static_cast<OrgId>(org_idx)) {
        list.push_back(static_cast<OrgId>(org_idx));
      }
    }
  }
  entry_offset_[n] = static_cast<uint32_t>(entries_.size());
  building_ = {};
  ever_children_offset_.assign(n + 1, 0);
  for (uint32_t org_idx = 0; org_idx < n; ++org_idx) {
    ever_children_offset_[org_idx] = static_cast<uint32_t>(ever_children_.size());
    auto& list = children[org_idx];
    // An org that left and came back is listed once.
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    ever_children_.insert(ever_children_.end(), list.begin(), list.end());
  }
  ever_children_offset_[n] = static_cast<uint32_t>(ever_children_.size());
}

std::optional<OrgId> OrgHistory::ParentAt(OrgId org, Moment at) const {
  const auto entries = EntriesOf(org);
  // Few entries per org: most never move. Scan from the latest.
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->since <= at || std::next(it) == entries.rend()) {
      if (it->parent == kNoParent) return std::nullopt;
      return static_cast<OrgId>(it->parent);
    }
  }
  return std::nullopt;
}

bool OrgHistory::WasChildDuring(OrgId child, OrgId parent, Moment first, Moment last) const {
  const auto entries = EntriesOf(child);
  for (size_t entry_idx = 0; entry_idx < entries.size(); ++entry_idx) {
    if (entries[entry_idx].parent != Index(parent)) continue;
    const Moment since = std::max({entries[entry_idx].since, established_[Index(child)], first});
    const Moment until =
        std::min(entry_idx + 1 < entries.size() ? entries[entry_idx + 1].since : kNever,
                 ended_[Index(child)]);
    if (since <= last && since < until) return true;
  }
  return false;
}

}  // namespace tochuc
