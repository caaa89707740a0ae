#include "domain/member_directory.h"

#include <algorithm>
#include <stdexcept>

namespace tochuc {

void MemberDirectory::AppendTo(std::string& arena, std::vector<uint32_t>& offsets,
                               std::string_view text) {
  if (arena.size() + text.size() > UINT32_MAX) {
    throw std::length_error("member ids or names exceed 4 GB");
  }
  arena.append(text);
  offsets.push_back(static_cast<uint32_t>(arena.size()));
}

void MemberDirectory::Add(std::string_view member_id, std::string_view name) {
  AppendTo(ids_, id_offset_, member_id);
  AppendTo(names_, name_offset_, name);
}

void MemberDirectory::Finish() {
  by_id_.resize(size());
  for (uint32_t idx = 0; idx < size(); ++idx) by_id_[idx] = static_cast<MemberId>(idx);
  std::sort(by_id_.begin(), by_id_.end(), [&](MemberId a, MemberId b) { return id(a) < id(b); });
}

std::optional<MemberId> MemberDirectory::Find(std::string_view member_id) const {
  auto it = std::lower_bound(by_id_.begin(), by_id_.end(), member_id,
                             [&](MemberId m, std::string_view key) { return id(m) < key; });
  if (it == by_id_.end() || id(*it) != member_id) return std::nullopt;
  return *it;
}

}  // namespace tochuc
