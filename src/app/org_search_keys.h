// OrgSearchKeys: the orgs' names folded for search (text::SearchKey), kept
// between searches. Folding the 300,000 names of a national tree takes ICU
// two seconds; checking them against the names they were made from takes
// milliseconds, so only new and renamed orgs are folded again.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "domain/read_model.h"

namespace tochuc::app {

class OrgSearchKeys {
 public:
  // The orgs among today's ranks [ranks.first, ranks.last), in that order,
  // whose folded name contains `key` or whose folded code starts with it;
  // orgs merged away are left out; at most `limit`. `key`: already folded.
  // Safe from many threads; each call brings the keys up to date with
  // `model` first.
  std::vector<OrgId> Find(const ReadModel& model, RankRange ranks, std::string_view key,
                          size_t limit);

 private:
  void Refresh(const ReadModel& model);

  std::mutex mutex_;
  std::vector<std::string> names_;  // what each key was folded from
  std::vector<std::string> name_keys_, code_keys_;
};

}  // namespace tochuc::app
