#include "app/org_search_keys.h"

#include "text/vietnamese_text.h"

namespace tochuc::app {

void OrgSearchKeys::Refresh(const ReadModel& model) {
  const size_t count = model.orgs.size();
  names_.resize(count);
  name_keys_.resize(count);
  code_keys_.resize(count);
  for (size_t i = 0; i < count; ++i) {
    const OrgInfo& info = model.orgs[i];
    if (code_keys_[i].empty()) code_keys_[i] = text::SearchKey(info.code);
    if (names_[i] == info.name && !name_keys_[i].empty()) continue;
    names_[i] = info.name;
    name_keys_[i] = text::SearchKey(info.name);
  }
}

std::vector<OrgId> OrgSearchKeys::Find(const ReadModel& model, RankRange ranks,
                                       std::string_view key, size_t limit) {
  const std::lock_guard lock(mutex_);
  Refresh(model);
  std::vector<OrgId> out;
  for (uint32_t rank = ranks.first; rank < ranks.last && out.size() < limit; ++rank) {
    const OrgId org = model.today_order[rank];
    if (model.org(org).life == OrgLife::kMerged) continue;
    const size_t i = Index(org);
    if (code_keys_[i].starts_with(key) || name_keys_[i].find(key) != std::string::npos)
      out.push_back(org);
  }
  return out;
}

}  // namespace tochuc::app
