// Hand-written cases for the tricky parts of ledger-format.md, each figure
// worked out by hand from the contract's words and checked against both the
// reference and the engine.
#include <gtest/gtest.h>

#include <ostream>

#include "domain/read_model_builder.h"
#include "domain/testing/event_builders.h"
#include "reference_reports.h"
#include "report_comparison.h"

namespace tochuc {

// So that a failed comparison prints the counts.
void PrintTo(const StockFlowCounts& c, std::ostream* os) {
  *os << "{opening " << c.opening << ", admitted " << c.admitted << ", readmitted " << c.readmitted
      << ", registered " << c.registered << ", transferred_in " << c.transferred_in
      << ", reorganized_in " << c.reorganized_in << ", transferred_out " << c.transferred_out
      << ", reorganized_out " << c.reorganized_out << ", removed " << c.removed << ", expelled "
      << c.expelled << ", died " << c.died << ", probation_removed " << c.probation_removed
      << ", closing " << c.closing << "}";
}

namespace reference {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

constexpr Structure kPeriod = Structure::kPeriod;
constexpr Structure kToday = Structure::kToday;

// The province P with two upper committees U1 and U2.
std::vector<Event> Province() {
  return {
      Established("2023-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt),
      Established("2023-01-01", "U1", OrgKind::kUpperCommittee, "P"),
      Established("2023-01-01", "U2", OrgKind::kUpperCommittee, "P"),
  };
}

class Ledger {
 public:
  explicit Ledger(std::vector<Event> events)
      : events_(Numbered(std::move(events))), model_(BuildReadModel(events_)) {}

  StockFlowCounts Reference(const char* org, const char* from, const char* to,
                            Structure structure) const {
    return RefStockFlow(events_, org, D(from), D(to), structure);
  }
  StockFlowCounts Engine(const char* org, const char* from, const char* to,
                         Structure structure) const {
    return CountStockFlow(model_, *model_.FindOrg(org), D(from), D(to), structure);
  }
  // Both must give `expected`.
  void Expect(const char* org, const char* from, const char* to, Structure structure,
              const StockFlowCounts& expected) const {
    SCOPED_TRACE(::testing::Message() << org << " " << from << ".." << to
                                      << (structure == kPeriod ? " period" : " today"));
    EXPECT_EQ(Reference(org, from, to, structure), expected) << "reference";
    EXPECT_EQ(Engine(org, from, to, structure), expected) << "engine";
  }
  // Every report on every org for a few periods agrees with the reference.
  void ExpectAgreementEverywhere(std::vector<std::pair<const char*, const char*>> periods) const {
    for (const OrgInfo& org : model_.orgs) {
      for (const auto& [from, to] : periods) {
        for (Structure structure : {kPeriod, kToday}) {
          const Query q{Query::Kind::kStockFlow, org.code, D(from), D(to), structure};
          EXPECT_EQ(CompareWithReference(events_, model_, q), "") << q.Describe();
        }
        for (Query::Kind kind :
             {Query::Kind::kComposition, Query::Kind::kAdmissions, Query::Kind::kOrgCounts}) {
          const Query q{kind, org.code, D(from), D(to)};
          EXPECT_EQ(CompareWithReference(events_, model_, q), "") << q.Describe();
        }
      }
    }
  }
  const ReadModel& model() const { return model_; }
  const std::vector<Event>& events() const { return events_; }

 private:
  std::vector<Event> events_;
  ReadModel model_;
};

std::vector<Event> With(std::vector<Event> base, std::vector<Event> more) {
  base.insert(base.end(), more.begin(), more.end());
  return base;
}

// C1 (m1, m2) under U1 and C2 (m3) under U2; then m1 moves to C2 and C2
// moves under U1, on the same day, in the given order.
std::vector<Event> TransferAndMove(bool transfer_first) {
  std::vector<Event> same_day = {Transferred("2023-05-10", "m1", "C2"),
                                 Moved("2023-05-10", "C2", "U1")};
  if (!transfer_first) std::swap(same_day[0], same_day[1]);
  return With(With(Province(),
                   {
                       Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
                       Established("2023-01-01", "C2", OrgKind::kGrassrootsCell, "U2"),
                       Registered("2023-01-01", "m1", "C1"),
                       Registered("2023-01-01", "m2", "C1"),
                       Registered("2023-01-01", "m3", "C2"),
                   }),
              same_day);
}

TEST(ReferenceCases, TransferThenMoveOnTheSameDay) {
  const Ledger ledger(TransferAndMove(/*transfer_first=*/true));
  // m1 leaves U1 by transfer, then comes back with C2 (and m3) by the move.
  ledger.Expect("U1", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 2, .reorganized_in = 2, .transferred_out = 1, .closing = 3});
  ledger.Expect("U2", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .transferred_in = 1, .reorganized_out = 2, .closing = 0});
  ledger.Expect("U1", "2023-01-01", "2023-12-31", kPeriod,
                {.registered = 2, .reorganized_in = 2, .transferred_out = 1, .closing = 3});
  // Today C2 stands under U1: the transfer stays inside U1, nothing crosses.
  ledger.Expect("U1", "2023-05-10", "2023-05-10", kToday, {.opening = 3, .closing = 3});
  ledger.Expect("U2", "2023-05-10", "2023-05-10", kToday, {});
  ledger.ExpectAgreementEverywhere({{"2023-05-10", "2023-05-10"}, {"2023-05-09", "2023-05-11"}});
}

TEST(ReferenceCases, MoveThenTransferOnTheSameDay) {
  const Ledger ledger(TransferAndMove(/*transfer_first=*/false));
  // C2 comes with m3 only; m1's transfer is then inside U1.
  ledger.Expect("U1", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 2, .reorganized_in = 1, .closing = 3});
  ledger.Expect("U2", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .reorganized_out = 1, .closing = 0});
  ledger.Expect("C2", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .transferred_in = 1, .closing = 2});
  ledger.ExpectAgreementEverywhere({{"2023-05-10", "2023-05-10"}, {"2023-01-01", "2023-12-31"}});
}

TEST(ReferenceCases, MergeOfACommitteeWhoseCellsHaveMembers) {
  const Ledger ledger(
      With(Province(), {
                           Established("2023-01-01", "G1", OrgKind::kGrassrootsCommittee, "U1"),
                           Established("2023-01-01", "S11", OrgKind::kSubordinateCell, "G1"),
                           Established("2023-01-01", "S12", OrgKind::kSubordinateCell, "G1"),
                           Established("2023-01-01", "G2", OrgKind::kGrassrootsCommittee, "U2"),
                           Established("2023-01-01", "S21", OrgKind::kSubordinateCell, "G2"),
                           Registered("2023-01-01", "m1", "S11"),
                           Registered("2023-01-01", "m2", "S11"),
                           Registered("2023-01-01", "m3", "S12"),
                           Registered("2023-01-01", "m4", "S21"),
                           Merged("2023-06-01", {"G1"}, "G2"),
                       }));
  // G1's cells, with their three members, now sit under G2 in U2.
  ledger.Expect("U1", "2023-01-01", "2023-12-31", kPeriod,
                {.registered = 3, .reorganized_out = 3, .closing = 0});
  ledger.Expect("U2", "2023-01-01", "2023-12-31", kPeriod,
                {.registered = 1, .reorganized_in = 3, .closing = 4});
  ledger.Expect("G1", "2023-06-01", "2023-06-01", kPeriod,
                {.opening = 3, .reorganized_out = 3, .closing = 0});
  ledger.Expect("G2", "2023-06-01", "2023-06-01", kPeriod,
                {.opening = 1, .reorganized_in = 3, .closing = 4});
  // A cell that moved with its committee keeps its members: no flow for it.
  ledger.Expect("S11", "2023-01-01", "2023-12-31", kPeriod, {.registered = 2, .closing = 2});
  // Today G1 counts as G2, in U2.
  ledger.Expect("U1", "2023-01-01", "2023-12-31", kToday, {});
  ledger.Expect("G1", "2023-01-01", "2023-12-31", kToday, {});
  ledger.Expect("U2", "2023-05-01", "2023-06-30", kToday, {.opening = 4, .closing = 4});
  // G2's report has a row for each cell it had in the period.
  const StockFlowReport report = ComputeStockFlow(ledger.model(), *ledger.model().FindOrg("G2"),
                                                  D("2023-01-01"), D("2023-12-31"), kPeriod);
  std::set<std::string> rows;
  for (const StockFlowRow& row : report.rows) rows.insert(ledger.model().org(row.org).code);
  EXPECT_EQ(rows, (std::set<std::string>{"S11", "S12", "S21"}));
  ledger.ExpectAgreementEverywhere({{"2023-06-01", "2023-06-01"}, {"2023-01-01", "2023-12-31"}});
}

// C1 (m1) with its party group T1 (m2) under U1, C2 (m3) under U2; one merge
// lists both C1 and T1 (in the given order) into C2. Each member crosses
// from U1 to U2 once.
std::vector<Event> MergeOfAnOrgAndItsDescendant(std::vector<std::string> listed) {
  return With(Province(), {
                              Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
                              Established("2023-01-01", "T1", OrgKind::kPartyGroup, "C1"),
                              Established("2023-01-01", "C2", OrgKind::kGrassrootsCell, "U2"),
                              Registered("2023-01-01", "m1", "C1"),
                              Registered("2023-01-01", "m2", "T1"),
                              Registered("2023-01-01", "m3", "C2"),
                              Merged("2023-06-01", std::move(listed), "C2"),
                          });
}

TEST(ReferenceCases, MergeListingAnOrgAndItsDescendantCountsEachMemberOnce) {
  for (const auto& listed :
       {std::vector<std::string>{"C1", "T1"}, std::vector<std::string>{"T1", "C1"}}) {
    SCOPED_TRACE(listed.front() + " listed first");
    const Ledger ledger(MergeOfAnOrgAndItsDescendant(listed));
    ledger.Expect("U1", "2023-06-01", "2023-06-01", kPeriod,
                  {.opening = 2, .reorganized_out = 2, .closing = 0});
    ledger.Expect("U2", "2023-06-01", "2023-06-01", kPeriod,
                  {.opening = 1, .reorganized_in = 2, .closing = 3});
    ledger.Expect("C1", "2023-06-01", "2023-06-01", kPeriod,
                  {.opening = 2, .reorganized_out = 2, .closing = 0});
    ledger.Expect("P", "2023-06-01", "2023-06-01", kPeriod, {.opening = 3, .closing = 3});
    ledger.ExpectAgreementEverywhere({{"2023-06-01", "2023-06-01"}});
  }
}

TEST(ReferenceCases, TransferIntoAnOrgMergedAwayTheSameDay) {
  const Ledger ledger(
      With(Province(), {
                           Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
                           Established("2023-01-01", "C2", OrgKind::kGrassrootsCell, "U2"),
                           Established("2023-01-01", "C3", OrgKind::kGrassrootsCell, "U2"),
                           Registered("2023-01-01", "m1", "C1"),
                           Registered("2023-01-01", "m2", "C2"),
                           Registered("2023-01-01", "m3", "C3"),
                           Transferred("2023-05-10", "m1", "C2"),
                           Merged("2023-05-10", {"C2"}, "C1"),
                       }));
  // m1 leaves U1 by transfer, then returns with m2 when C2 merges into C1.
  ledger.Expect("U1", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .reorganized_in = 2, .transferred_out = 1, .closing = 2});
  ledger.Expect("U2", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 2, .transferred_in = 1, .reorganized_out = 2, .closing = 1});
  ledger.Expect("C2", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .transferred_in = 1, .reorganized_out = 2, .closing = 0});
  ledger.Expect("C1", "2023-05-10", "2023-05-10", kPeriod,
                {.opening = 1, .reorganized_in = 2, .transferred_out = 1, .closing = 2});
  // Today C2 is part of C1: the transfer never leaves C1.
  ledger.Expect("U1", "2023-05-10", "2023-05-10", kToday, {.opening = 2, .closing = 2});
  ledger.Expect("C1", "2023-01-01", "2023-12-31", kToday, {.registered = 2, .closing = 2});
  ledger.Expect("U2", "2023-05-10", "2023-05-10", kToday, {.opening = 1, .closing = 1});
  ledger.Expect("C2", "2023-01-01", "2023-12-31", kToday, {});
  ledger.ExpectAgreementEverywhere({{"2023-05-10", "2023-05-10"}, {"2023-05-11", "2023-12-31"}});
}

// C1 merged into C2 (under U1), later C2 into C3 (under U2); T1, a party
// group of C1, was dissolved before.
Ledger MergeChain() {
  return Ledger(
      With(Province(), {
                           Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
                           Established("2023-01-01", "T1", OrgKind::kPartyGroup, "C1"),
                           Established("2023-01-01", "C2", OrgKind::kGrassrootsCell, "U1"),
                           Established("2023-01-01", "C3", OrgKind::kGrassrootsCell, "U2"),
                           Registered("2023-01-01", "m1", "C1"),
                           Registered("2023-01-01", "m2", "C2"),
                           Registered("2023-01-01", "m3", "C3"),
                           OrgOnly(EventType::kOrgDissolved, "2023-03-01", "T1"),
                           Merged("2023-06-01", {"C1"}, "C2"),
                           Merged("2024-02-01", {"C2"}, "C3"),
                           Admitted("2024-03-01", "m4", "C3"),
                       }));
}

TEST(ReferenceCases, TodaysStructureFollowsMergeChains) {
  const Ledger ledger = MergeChain();
  // Today C1 and C2 both count as C3, in U2, for the whole history.
  ledger.Expect("U1", "2023-01-01", "2024-12-31", kToday, {});
  ledger.Expect("U2", "2023-01-01", "2024-12-31", kToday,
                {.admitted = 1, .registered = 3, .closing = 4});
  ledger.Expect("U2", "2023-05-01", "2023-05-31", kToday, {.opening = 3, .closing = 3});
  ledger.Expect("C3", "2023-01-01", "2024-12-31", kToday,
                {.admitted = 1, .registered = 3, .closing = 4});
  ledger.Expect("C1", "2023-01-01", "2024-12-31", kToday, {});
  ledger.Expect("C2", "2023-01-01", "2024-12-31", kToday, {});
  // On the structure of the period the second merge crosses from U1 to U2.
  ledger.Expect("U1", "2023-01-01", "2024-12-31", kPeriod,
                {.registered = 2, .reorganized_out = 2, .closing = 0});
  ledger.Expect("U2", "2023-01-01", "2024-12-31", kPeriod,
                {.admitted = 1, .registered = 1, .reorganized_in = 2, .closing = 4});
  // The dissolved group stays under C1, which counts as C3 today.
  EXPECT_EQ(TodayTree(ledger.events()).Children("C3"), (std::set<std::string>{"T1"}));
  EXPECT_EQ(TodayTree(ledger.events()).Children("U2"), (std::set<std::string>{"C3"}));
  EXPECT_TRUE(TodayTree(ledger.events()).Children("U1").empty());
  ledger.ExpectAgreementEverywhere(
      {{"2023-01-01", "2024-12-31"}, {"2023-06-01", "2023-06-01"}, {"2024-02-01", "2024-02-29"}});
}

TEST(ReferenceCases, OrgCountsAndCompositionOnTheTreeOfTheDay) {
  const Ledger ledger = MergeChain();
  const OrgCountReport before = RefOrgCounts(ledger.events(), "P", D("2023-02-01"));
  EXPECT_EQ(before.total, 6);  // U1, U2, C1, T1, C2, C3
  EXPECT_EQ(before.grassroots, 3);
  EXPECT_EQ(before.by_kind.at("party_group"), 1);
  const OrgCountReport after = RefOrgCounts(ledger.events(), "P", D("2024-12-31"));
  EXPECT_EQ(after.total, 3);  // U1, U2, C3
  EXPECT_EQ(RefOrgCounts(ledger.events(), "C1", D("2023-02-01")).total, 1);
  EXPECT_EQ(RefOrgCounts(ledger.events(), "C1", D("2023-12-31")).total, 0);
  const RefCompositionCounts u1 = RefComposition(ledger.events(), "U1", D("2023-12-31"));
  EXPECT_EQ(u1.total, 2);
  EXPECT_EQ(RefComposition(ledger.events(), "U1", D("2024-02-01")).total, 0);
  ledger.ExpectAgreementEverywhere({{"2023-02-01", "2023-02-01"}, {"2024-02-01", "2024-12-31"}});
}

TEST(ReferenceCases, CorrectionsApplyToEveryDate) {
  Event corrected = OfMember(EventType::kMemberCorrected, "2024-01-15", "m1");
  corrected.person.sex = Sex::kFemale;
  corrected.person.ethnicity = "Tày";
  const Ledger ledger(
      With(Province(), {
                           Established("2023-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
                           Admitted("2023-03-01", "m1", "C1"),
                           corrected,
                       }));
  const RefCompositionCounts c = RefComposition(ledger.events(), "P", D("2023-06-30"));
  EXPECT_EQ(c.by.at("sex").at("F"), 1);
  EXPECT_EQ(c.by.at("ethnicity").at("Tày"), 1);
  const AdmissionsReport a = RefAdmissions(ledger.events(), "U1", D("2023-01-01"), D("2023-12-31"));
  EXPECT_EQ(a.total, 1);
  EXPECT_EQ(a.women, 1);
  EXPECT_EQ(a.ethnic_minority, 1);
  ledger.ExpectAgreementEverywhere({{"2023-06-30", "2023-06-30"}, {"2023-01-01", "2023-12-31"}});
}

// Dates outside the model's 16-bit day codes (1900-01-01 to 2079-06-05) are
// kept exactly aside: members born, admitted and placed before 1900, a
// spell that starts after 2079, reports on days on both sides.
TEST(ReferenceCases, DatesBeyondTheDayCodesCountExactly) {
  PersonPatch old_person = APerson("1870-05-01");
  const Ledger ledger({
      Established("1899-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt),
      Established("1899-01-01", "U1", OrgKind::kUpperCommittee, "P"),
      Established("1899-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
      Established("1899-01-01", "C2", OrgKind::kGrassrootsCell, "U1"),
      Registered("1899-06-01", "old", "C1", MemberStatus::kOfficial, "1890-01-01", "1891-01-01",
                 old_person),
      Registered("1950-01-01", "young", "C1", MemberStatus::kOfficial, "1949-01-01",
                 "1949-06-01", APerson("1925-01-01")),
      Transferred("2085-03-01", "young", "C2"),
  });
  const MemberTable& members = ledger.model().members;
  EXPECT_NE(members.TraitBits(*ledger.model().FindMember("old")) & MemberTable::kFarDayFlag, 0);
  EXPECT_EQ(members.born_on(*ledger.model().FindMember("old")), D("1870-05-01"));
  EXPECT_EQ(members.SpellStart(*ledger.model().FindMember("young"), 1), D("2085-03-01"));
  const RefCompositionCounts on_1899 = RefComposition(ledger.events(), "P", D("1899-12-31"));
  EXPECT_EQ(on_1899.total, 1);
  ledger.ExpectAgreementEverywhere({{"1899-01-01", "1899-12-31"},
                                    {"1960-01-01", "1960-12-31"},
                                    {"2079-06-01", "2079-06-10"},
                                    {"2085-01-01", "2090-12-31"}});
}

}  // namespace
}  // namespace reference
}  // namespace tochuc
