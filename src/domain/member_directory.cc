#include "domain/member_directory.h"

#include <algorithm>
#include <stdexcept>

#include "domain/headroom.h"

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
  if (!by_id_.empty()) {
    added_since_finish_.emplace(std::string(member_id), static_cast<MemberId>(size()));
  }
  AppendTo(ids_, id_offset_, member_id);
  AppendTo(names_, name_offset_, name);
}

void MemberDirectory::Reserve(size_t members, size_t text_bytes) {
  ReserveMore(ids_, text_bytes);
  ReserveMore(names_, text_bytes);
  ReserveMore(id_offset_, members);
  ReserveMore(name_offset_, members);
  added_since_finish_.reserve(members);
}

bool MemberDirectory::HasRoom(size_t members, size_t text_bytes) const {
  return tochuc::HasRoom(ids_, text_bytes) && tochuc::HasRoom(names_, text_bytes) &&
         tochuc::HasRoom(id_offset_, members) && tochuc::HasRoom(name_offset_, members) &&
         added_since_finish_.size() + members <= added_since_finish_.max_load();
}

void MemberDirectory::CorrectName(MemberId m, std::string_view name) {
  corrected_names_[Index(m)] = std::string(name);
}

void MemberDirectory::Finish() {
  if (!corrected_names_.empty()) {
    std::string names;
    std::vector<uint32_t> offsets{0};
    for (size_t idx = 0; idx < size(); ++idx)
      AppendTo(names, offsets, name(static_cast<MemberId>(idx)));
    names_ = std::move(names);
    name_offset_ = std::move(offsets);
    corrected_names_ = {};
  }
  const size_t sorted = by_id_.size();
  by_id_.resize(size());
  for (size_t idx = sorted; idx < size(); ++idx) by_id_[idx] = static_cast<MemberId>(idx);
  auto by_id = [&](MemberId a, MemberId b) { return id(a) < id(b); };
  const auto middle = by_id_.begin() + static_cast<std::ptrdiff_t>(sorted);
  std::sort(middle, by_id_.end(), by_id);
  std::inplace_merge(by_id_.begin(), middle, by_id_.end(), by_id);
  added_since_finish_ = {};
}

std::optional<MemberId> MemberDirectory::Find(std::string_view member_id) const {
  auto it = std::lower_bound(by_id_.begin(), by_id_.end(), member_id,
                             [&](MemberId m, std::string_view key) { return id(m) < key; });
  if (it != by_id_.end() && id(*it) == member_id) return *it;
  if (auto added = added_since_finish_.find(member_id); added != added_since_finish_.end()) {
    return added->second;
  }
  // Added while nothing was sorted yet (before the first Finish()): no map.
  if (added_since_finish_.empty()) {
    for (size_t idx = by_id_.size(); idx < size(); ++idx) {
      if (id(static_cast<MemberId>(idx)) == member_id) return static_cast<MemberId>(idx);
    }
  }
  return std::nullopt;
}

}  // namespace tochuc
