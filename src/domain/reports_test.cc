// The reports on a small province where every figure can be checked by hand
// (the same story as ../shared/examples/small-province.jsonl).
#include <gtest/gtest.h>

#include "domain/admissions_report.h"
#include "domain/composition_report.h"
#include "domain/org_count_report.h"
#include "domain/read_model_builder.h"
#include "domain/stock_flow_report.h"
#include "domain/testing/event_builders.h"

namespace tochuc {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

PersonPatch Someone(const char* born_on, Sex sex, const char* ethnicity, const char* religion) {
  PersonPatch p = APerson(born_on, sex);
  p.ethnicity = ethnicity;
  p.religion = religion;
  return p;
}

class SmallProvince : public ::testing::Test {
 protected:
  void SetUp() override {
    Event removed = OfMember(EventType::kMemberRemoved, "2023-10-01", "M6");
    removed.reason = RemovalReason::kAskedToLeave;
    Event arrived = Registered("2023-12-01", "M8", "S21", MemberStatus::kOfficial, "2010-06-01",
                               "2011-06-01", APerson("1984-02-29"));
    arrived.type = EventType::kMemberTransferredIn;
    Event corrected = OfMember(EventType::kMemberCorrected, "2024-01-15", "M7");
    corrected.person.ethnicity = "Mường";
    std::vector<Event> events = Numbered({
        Established("2023-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt, "dang_bo_tinh"),
        Established("2023-01-01", "U1", OrgKind::kUpperCommittee, "P", "huyen"),
        Established("2023-01-01", "U2", OrgKind::kUpperCommittee, "P", "huyen"),
        Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1", "su_nghiep"),
        Established("2023-01-01", "G1", OrgKind::kGrassrootsCommittee, "U1"),
        Established("2023-01-01", "S11", OrgKind::kSubordinateCell, "G1"),
        Established("2023-01-01", "G2", OrgKind::kGrassrootsCommittee, "U2"),
        Established("2023-01-01", "S21", OrgKind::kSubordinateCell, "G2"),
        Established("2023-01-01", "S22", OrgKind::kSubordinateCell, "G2"),
        Registered("2023-01-01", "M1", "C1"),
        Registered("2023-01-01", "M2", "C1", MemberStatus::kOfficial, "1975-02-03", "1976-02-03",
                   Someone("1950-01-20", Sex::kFemale, "Kinh", "none")),
        Registered("2023-01-01", "M3", "S21", MemberStatus::kOfficial, "2015-09-02", "2016-09-02",
                   Someone("1990-07-07", Sex::kMale, "Khmer", "Phật giáo")),
        Registered("2023-01-01", "M4", "S21"),
        Registered("2023-01-01", "M5", "S22", MemberStatus::kProbationary, "2022-06-01"),
        Registered("2023-01-01", "M6", "S22", MemberStatus::kOfficial, "2010-02-03", "2011-02-03",
                   Someone("1985-12-12", Sex::kFemale, "Tày", "none")),
        Registered("2023-01-01", "M9", "S11"),
        Admitted("2023-03-01", "M7", "C1", Someone("2000-08-15", Sex::kFemale, "Kinh", "none")),
        Transferred("2023-04-10", "M3", "C1"),
        OfMember(EventType::kMemberTransferredOut, "2023-05-01", "M4"),
        OfMember(EventType::kMemberRecognizedOfficial, "2023-06-15", "M5"),
        Moved("2023-07-01", "S22", "G1"),
        OfMember(EventType::kMemberDied, "2023-08-01", "M2"),
        Merged("2023-09-01", {"C1"}, "S11"),
        removed,
        Readmitted("2023-11-01", "M6", "S21"),
        arrived,
        corrected,
    });
    model_ = BuildReadModel(events);
  }

  StockFlowCounts Flow(const char* org, const char* from, const char* to, Structure structure) {
    return CountStockFlow(model_, *model_.FindOrg(org), D(from), D(to), structure);
  }

  ReadModel model_;
};

TEST_F(SmallProvince, WholeProvinceYear) {
  const StockFlowCounts c = Flow("P", "2023-01-01", "2023-12-31", Structure::kPeriod);
  EXPECT_EQ(c.opening, 0);
  EXPECT_EQ(c.registered, 7);
  EXPECT_EQ(c.admitted, 1);
  EXPECT_EQ(c.readmitted, 1);
  EXPECT_EQ(c.transferred_in, 1);
  EXPECT_EQ(c.transferred_out, 1);
  EXPECT_EQ(c.died, 1);
  EXPECT_EQ(c.removed, 1);
  EXPECT_EQ(c.closing, 7);
  EXPECT_TRUE(c.Balances());
  EXPECT_EQ(c, Flow("P", "2023-01-01", "2023-12-31", Structure::kToday));
}

TEST_F(SmallProvince, MovesAndMergesAcrossTheBorderAreReorganizations) {
  const StockFlowCounts u1 = Flow("U1", "2023-01-01", "2023-12-31", Structure::kPeriod);
  EXPECT_EQ(u1.reorganized_in, 2);  // S22 moved under G1 with M5 and M6
  EXPECT_EQ(u1.transferred_in, 1);  // M3 from S21
  EXPECT_EQ(u1.closing, 5);
  EXPECT_TRUE(u1.Balances());
  const StockFlowCounts c1 = Flow("C1", "2023-01-01", "2023-12-31", Structure::kPeriod);
  EXPECT_EQ(c1.reorganized_out, 3);  // merged into S11
  EXPECT_EQ(c1.closing, 0);
  const StockFlowCounts g1 = Flow("G1", "2023-01-01", "2023-12-31", Structure::kPeriod);
  EXPECT_EQ(g1.reorganized_in, 5);
  EXPECT_EQ(g1.closing, 5);
}

TEST_F(SmallProvince, TodaysStructureHasNoReorganizations) {
  const StockFlowCounts u1 = Flow("U1", "2023-01-01", "2023-12-31", Structure::kToday);
  EXPECT_EQ(u1.registered, 5);
  EXPECT_EQ(u1.reorganized_in + u1.reorganized_out, 0);
  EXPECT_EQ(u1.closing, 5);
  const StockFlowCounts u2 = Flow("U2", "2023-01-01", "2023-12-31", Structure::kToday);
  EXPECT_EQ(u2.registered, 2);
  EXPECT_EQ(u2.transferred_out, 2);
  EXPECT_EQ(u2.closing, 2);
  // C1 was merged away: it has no subtree of its own today.
  EXPECT_EQ(Flow("C1", "2023-01-01", "2023-12-31", Structure::kToday), StockFlowCounts{});
}

TEST_F(SmallProvince, ReportHasARowPerChildThatBalances) {
  const StockFlowReport report = ComputeStockFlow(model_, *model_.FindOrg("U1"), D("2023-01-01"),
                                                  D("2023-12-31"), Structure::kPeriod);
  ASSERT_EQ(report.rows.size(), 2u);  // G1 now, and C1 which was merged away
  EXPECT_EQ(model_.org(report.rows[0].org).code, "G1");
  EXPECT_EQ(model_.org(report.rows[1].org).code, "C1");
  for (const StockFlowRow& row : report.rows) EXPECT_TRUE(row.counts.Balances());
}

TEST_F(SmallProvince, CompositionUsesCorrectedRecords) {
  const CompositionReport c = ComputeComposition(model_, *model_.FindOrg("P"), D("2023-12-31"));
  EXPECT_EQ(c.total, 7);
  const Breakdown& ethnicity = c.by[2].second;
  EXPECT_EQ(ethnicity.at("Mường"), 1);  // M7, corrected in 2024
  EXPECT_EQ(ethnicity.at("Kinh"), 4);
  const Breakdown& status = c.by[1].second;
  EXPECT_EQ(status.at("probationary"), 2);
  const Breakdown& age = c.by[7].second;
  EXPECT_EQ(age.at("18_30"), 1);  // M7, 23
  EXPECT_EQ(age.at("31_40"), 6);  // M1, M3, M5, M9 (33), M6 (38), M8 (39, born on a leap day)
}

// The composition counts bands by comparing dates with thresholds; the
// record's ages, counted the long way, must agree on every day, leap days
// and the 28 February anniversaries of M8 (born 1984-02-29) included.
TEST_F(SmallProvince, CompositionBandsAgreeWithAgesCountedOneByOne) {
  std::vector<Date> days;
  for (int year = 2024; year <= 2036; ++year) {
    for (Date day = Date::FromCivil(year, 2, 26); day <= Date::FromCivil(year, 3, 2);
         day = day.AddDays(1)) {
      days.push_back(day);
    }
    days.push_back(Date::FromCivil(year, 12, 31));
  }
  for (const Date day : days) {
    Breakdown ages, party_ages;
    for (uint32_t idx = 0; idx < model_.members.size(); ++idx) {
      const auto m = static_cast<MemberId>(idx);
      const std::optional<Spell> spell = model_.members.SpellAt(m, day);
      if (!spell || !spell->active) continue;
      ++ages[AgeBand(WholeYearsBetween(model_.members.born_on(m), day))];
      ++party_ages[PartyAgeBand(model_.members.PartyAgeYears(m, day))];
    }
    const CompositionReport c = ComputeComposition(model_, *model_.FindOrg("P"), day);
    EXPECT_EQ(c.by[7].second, ages) << day.ToString();
    EXPECT_EQ(c.by[8].second, party_ages) << day.ToString();
  }
}

TEST_F(SmallProvince, PartyAgeCountsMembershipLikeAnAgeLessTheGaps) {
  const MemberId m1 = *model_.FindMember("M1");  // admitted 2010-01-01, in the ledger from 2023
  EXPECT_EQ(model_.members.PartyAgeYears(m1, D("2023-12-31")), 13);
  EXPECT_EQ(model_.members.PartyAgeYears(m1, D("2024-01-01")), 14);
  // M6: admitted 2010-02-03, removed 2023-10-01, readmitted 2023-11-01: a gap of 31 days.
  const MemberId m6 = *model_.FindMember("M6");
  EXPECT_EQ(model_.members.PartyAgeYears(m6, D("2024-02-03")), 13);
  EXPECT_EQ(model_.members.PartyAgeYears(m6, D("2024-03-04")), 13);
  EXPECT_EQ(model_.members.PartyAgeYears(m6, D("2024-03-05")), 14);
}

TEST(Bands, AgeAndPartyAgeBandsOfTheForms) {
  EXPECT_EQ(AgeBand(18), "18_30");
  EXPECT_EQ(AgeBand(30), "18_30");
  EXPECT_EQ(AgeBand(31), "31_40");
  EXPECT_EQ(AgeBand(80), "71_80");
  EXPECT_EQ(AgeBand(81), "over_80");
  EXPECT_EQ(PartyAgeBand(9), "under_10");
  EXPECT_EQ(PartyAgeBand(10), "10_19");
  EXPECT_EQ(PartyAgeBand(49), "40_49");
  EXPECT_EQ(PartyAgeBand(50), "50_plus");
}

TEST_F(SmallProvince, AdmissionsAndOrgCounts) {
  const AdmissionsReport a =
      ComputeAdmissions(model_, *model_.FindOrg("P"), D("2023-01-01"), D("2023-12-31"));
  EXPECT_EQ(a.total, 1);
  EXPECT_EQ(a.women, 1);
  EXPECT_EQ(a.ethnic_minority, 1);
  const OrgCountReport mid = ComputeOrgCounts(model_, *model_.FindOrg("P"), D("2023-06-30"));
  EXPECT_EQ(mid.total, 8);
  EXPECT_EQ(mid.grassroots, 3);
  const OrgCountReport end = ComputeOrgCounts(model_, *model_.FindOrg("P"), D("2023-12-31"));
  EXPECT_EQ(end.total, 7);
  EXPECT_EQ(end.by_kind.at("subordinate_cell"), 3);
}

}  // namespace
}  // namespace tochuc
