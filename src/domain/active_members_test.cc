// The member scan against each member's spell looked up one by one, on a
// tree with transfers, a move, a merge, a removal and readmission, an
// exemption, and dates beyond the day codes.
#include "domain/active_members.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "domain/read_model_builder.h"
#include "domain/testing/event_builders.h"

namespace tochuc {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

ReadModel Model() {
  Event removed = OfMember(EventType::kMemberRemoved, "2023-10-01", "M6");
  removed.reason = RemovalReason::kAskedToLeave;
  return BuildReadModel(Numbered({
      Established("2023-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt, "dang_bo_tinh"),
      Established("2023-01-01", "U1", OrgKind::kUpperCommittee, "P", "huyen"),
      Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1", "su_nghiep"),
      Established("2023-01-01", "G1", OrgKind::kGrassrootsCommittee, "U1"),
      Established("2023-01-01", "S11", OrgKind::kSubordinateCell, "G1"),
      Established("2023-01-01", "S12", OrgKind::kSubordinateCell, "G1"),
      Registered("2023-01-01", "M1", "C1"),
      Registered("2023-01-01", "M2", "S11", MemberStatus::kOfficial, "1960-02-03", "1961-02-03",
                 APerson("1899-12-31")),  // born before the day codes begin
      Registered("2023-01-01", "M3", "S12"),
      Registered("2023-01-01", "M6", "S12", MemberStatus::kOfficial, "2010-02-03", "2011-02-03"),
      Admitted("2023-03-01", "M7", "C1"),
      Transferred("2023-04-10", "M1", "S11"),
      OfMember(EventType::kMemberExempted, "2023-05-01", "M3"),
      Moved("2023-07-01", "S12", "U1"),
      Merged("2023-09-01", {"C1"}, "S11"),
      removed,
      Readmitted("2023-11-01", "M6", "S11"),
      OfMember(EventType::kMemberRecognizedOfficial, "2024-03-01", "M7"),
      Transferred("2080-01-01", "M3", "S11"),  // after the day codes end
  }));
}

std::vector<ActiveMember> OneByOne(const ReadModel& model, const std::vector<uint8_t>& inside,
                                   Date day) {
  std::vector<ActiveMember> out;
  for (uint32_t idx = 0; idx < model.members.size(); ++idx) {
    const auto m = static_cast<MemberId>(idx);
    const std::optional<Spell> spell = model.members.SpellAt(m, day);
    if (spell && spell->active && inside[Index(spell->org)])
      out.push_back({m, spell->org, spell->status, spell->exempted});
  }
  return out;
}

TEST(ActiveMembersTest, TheScanFindsWhatEachSpellSaysOnEveryDayForEveryUnit) {
  const ReadModel model = Model();
  std::vector<Date> days{D("1899-12-31"), D("2079-06-05"), D("2079-06-06"), D("2080-01-01"),
                         D("2100-01-01")};
  for (Date day = D("2022-12-30"); day <= D("2024-03-02"); day = day.AddDays(1))
    days.push_back(day);
  size_t found = 0;
  for (const Date day : days) {
    for (uint32_t org_idx = 0; org_idx < model.orgs.size(); ++org_idx) {
      const std::vector<uint8_t> inside = model.SubtreeMaskAt(static_cast<OrgId>(org_idx), day);
      const std::vector<ActiveMember> scanned = ActiveMembersAt(model.members, inside, day);
      EXPECT_EQ(scanned, OneByOne(model, inside, day))
          << model.orgs[org_idx].code << " on " << day.ToString();
      found += scanned.size();
    }
  }
  EXPECT_GT(found, 0u);
}

TEST(ActiveMembersTest, AMemberListCarriesStatusExemptionAndTheOrgOfTheDay) {
  const ReadModel model = Model();
  const std::vector<uint8_t> inside = model.SubtreeMaskAt(*model.FindOrg("P"), D("2023-12-31"));
  std::vector<std::string> seen;
  for (const ActiveMember& member : ActiveMembersAt(model.members, inside, D("2023-12-31"))) {
    seen.push_back(fmt::format("{} {} {} {}", model.directory.id(member.member),
                               model.org(member.org).code, MemberStatusName(member.status),
                               member.exempted ? "exempted" : "-"));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"M1 S11 official -", "M2 S11 official -",
                                            "M3 S12 official exempted", "M6 S11 probationary -",
                                            "M7 S11 probationary -"}));
}

}  // namespace
}  // namespace tochuc
