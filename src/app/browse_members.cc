#include "app/browse_members.h"

#include <algorithm>

namespace tochuc::app {

MembersPage ListMembersPage(const ReadModel& model, const Viewer& viewer, std::string_view code,
                            const std::optional<std::string>& search, Date day, size_t offset,
                            size_t limit) {
  const OrgId org = RequireOrg(model, viewer, code, Action::kReadMembers);
  std::vector<MemberListing> all = FindMembers(model, org, day, search);
  MembersPage page{all.size(), {}};
  const size_t first = std::min(offset, all.size());
  const size_t last = std::min(all.size(), first + limit);
  SortWindowByName(model.directory, all, first, last);
  page.members.assign(all.begin() + static_cast<std::ptrdiff_t>(first),
                      all.begin() + static_cast<std::ptrdiff_t>(last));
  return page;
}

}  // namespace tochuc::app
