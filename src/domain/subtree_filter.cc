#include "domain/subtree_filter.h"

#include <algorithm>

namespace tochuc {

bool SubtreeFilter::InVersion(OrgId org, uint32_t version) const {
  if (structure_ == Structure::kToday) {
    return model_.today.Subtree(root_).Contains(model_.today.Position(org));
  }
  if (version != cached_version_) {
    cached_version_ = version;
    cached_range_ = model_.version(version).Subtree(root_);
  }
  return cached_range_.Contains(model_.version(version).Position(org));
}

bool SubtreeFilter::InChain(uint32_t offset, uint32_t length) const {
  const auto chain = model_.Chain(offset, length);
  return std::find(chain.begin(), chain.end(), root_) != chain.end();
}

bool SubtreeFilter::FromInside(const FlowRow& row) const {
  if (row.kind == FlowKind::kRegrouped && structure_ == Structure::kPeriod) {
    return InChain(row.chain_before, row.chain_before_length);
  }
  return InVersion(row.from, row.version);
}

bool SubtreeFilter::ToInside(const FlowRow& row) const {
  if (row.kind == FlowKind::kRegrouped && structure_ == Structure::kPeriod) {
    return InChain(row.chain_after, row.chain_after_length);
  }
  return InVersion(row.to, row.version);
}

const TreeNumbering* SubtreeFilter::TreeFor(Date day) const {
  return structure_ == Structure::kToday ? &model_.today : model_.TreeAt(day);
}

int64_t SubtreeFilter::Stock(Date day) const {
  const TreeNumbering* tree = TreeFor(day);
  if (!tree) return 0;
  int64_t total = 0;
  tree->ForEachOrgIn(tree->Subtree(root_), [&](OrgId org) { total += model_.Headcount(org, day); });
  return total;
}

}  // namespace tochuc
