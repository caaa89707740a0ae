// MemberDirectory: each member's id and name (with corrections), for finding
// and listing members. Kept apart from the report columns (MemberTable):
// at national scale it is a third of the model, and no report reads it, so
// a report loads the model without it.
//
// Members added after Finish() are found through a small hash map until the
// next Finish() sorts them in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/ids.h"
#include "domain/string_key_map.h"

namespace tochuc {

class MemberDirectory {
 public:
  size_t size() const { return id_offset_.size() - 1; }
  std::string_view id(MemberId m) const { return Slice(ids_, id_offset_, m); }
  std::string_view name(MemberId m) const {
    if (!corrected_names_.empty()) {
      if (auto it = corrected_names_.find(Index(m)); it != corrected_names_.end())
        return it->second;
    }
    return Slice(names_, name_offset_, m);
  }
  std::optional<MemberId> Find(std::string_view member_id) const;

  // Members in index order, before or after Finish().
  void Add(std::string_view member_id, std::string_view name);
  // A member's name as corrected, after Finish().
  void CorrectName(MemberId m, std::string_view name);
  // Makes every member findable by binary search, corrected names included.
  void Finish();
  size_t UnsortedMembers() const { return size() - by_id_.size(); }
  bool HasCorrectedNames() const { return !corrected_names_.empty(); }
  // Room for `members` more members with `text_bytes` of ids and names.
  void Reserve(size_t members, size_t text_bytes);
  bool HasRoom(size_t members, size_t text_bytes) const;

 private:
  static std::string_view Slice(const std::string& arena, const std::vector<uint32_t>& offset,
                                MemberId m) {
    return std::string_view(arena).substr(offset[Index(m)],
                                          offset[Index(m) + 1] - offset[Index(m)]);
  }
  static void AppendTo(std::string& arena, std::vector<uint32_t>& offsets, std::string_view text);

  std::string ids_, names_;
  std::vector<uint32_t> id_offset_{0}, name_offset_{0};
  std::vector<MemberId> by_id_;  // sorted by id, for Find
  // Members added since Finish(): [by_id_.size(), size()).
  StringKeyMap<MemberId> added_since_finish_;
  std::unordered_map<uint32_t, std::string> corrected_names_;  // since Finish()

  template <typename Io, typename Model>
  friend void SnapshotDirectory(Io& io, Model& directory);
};

}  // namespace tochuc
