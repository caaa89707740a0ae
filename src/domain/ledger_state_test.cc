#include "domain/ledger_state.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/projection.h"
#include "domain/testing/event_builders.h"

namespace tochuc {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders
using ::testing::HasSubstr;

// A province with one district: P > U1 > G1 > {S1, S2}, U1 > C1 > T1, P > U2.
class LedgerStateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const Event& e :
         {Established("2020-01-01", "P", OrgKind::kProvinceCommittee, std::nullopt),
          Established("2020-01-01", "U1", OrgKind::kUpperCommittee, "P"),
          Established("2020-01-01", "U2", OrgKind::kUpperCommittee, "P"),
          Established("2020-01-01", "G1", OrgKind::kGrassrootsCommittee, "U1"),
          Established("2020-01-01", "S1", OrgKind::kSubordinateCell, "G1"),
          Established("2020-01-01", "S2", OrgKind::kSubordinateCell, "G1"),
          Established("2020-01-01", "C1", OrgKind::kGrassrootsCell, "U1"),
          Established("2020-01-01", "T1", OrgKind::kPartyGroup, "C1"),
          Registered("2020-01-01", "M1", "S1"),
          Registered("2020-01-01", "M2", "S1", MemberStatus::kProbationary, "2019-06-01",
                     std::nullopt)}) {
      Accept(e);
    }
  }

  void Accept(const Event& e) {
    const Problems problems = state_.Apply(e);
    ASSERT_TRUE(problems.empty()) << EventTypeName(e.type) << ": " << problems.front().field << ": "
                                  << problems.front().message;
  }

  // Asserts the event is refused with a problem on `field` whose message
  // contains `reason`, and that the state did not change.
  void Refuse(const Event& e, const std::string& field, const std::string& reason) {
    const Projection before = ProjectState(state_);
    const Problems problems = state_.Apply(e);
    ASSERT_FALSE(problems.empty()) << EventTypeName(e.type) << " was accepted";
    bool found = false;
    for (const Problem& p : problems)
      found |= p.field == field && p.message.find(reason) != std::string::npos;
    EXPECT_TRUE(found) << "got " << problems.front().field << ": " << problems.front().message;
    EXPECT_TRUE(DiffProjections(before, ProjectState(state_)).empty());
  }

  const MemberState& Member(const char* id) { return state_.member(*state_.FindMember(id)); }
  const OrgState& Org(const char* code) { return state_.org(*state_.FindOrg(code)); }

  LedgerState state_;
};

TEST_F(LedgerStateTest, AdmitsAtEighteenAndAtSixty) {
  Accept(Admitted("2022-05-10", "A18", "S1", APerson("2004-05-10")));
  Accept(Admitted("2022-05-10", "A60", "S1", APerson("1962-05-10")));
  EXPECT_EQ(Member("A18").status, MemberStatus::kProbationary);
  EXPECT_EQ(Member("A18").admitted_on, D("2022-05-10"));
}

TEST_F(LedgerStateTest, RefusesAdmissionUnderEighteen) {
  Refuse(Admitted("2022-05-09", "A", "S1", APerson("2004-05-10")), "person.born_on",
         "age at admission is 17 years 11 months");
}

TEST_F(LedgerStateTest, RefusesAdmissionPastSixty) {
  Refuse(Admitted("2022-06-10", "A", "S1", APerson("1962-05-10")), "person.born_on",
         "must be between 18 and 60 years");
}

TEST_F(LedgerStateTest, RecognizesOfficialAfterTwelveMonths) {
  Accept(Admitted("2022-02-28", "A", "S1"));
  Refuse(OfMember(EventType::kMemberRecognizedOfficial, "2023-02-27", "A"), "date",
         "recognition is allowed from 2023-02-28");
  Accept(OfMember(EventType::kMemberRecognizedOfficial, "2023-02-28", "A"));
  EXPECT_EQ(Member("A").status, MemberStatus::kOfficial);
}

TEST_F(LedgerStateTest, OnlyProbationaryMembersAreRecognizedOrLoseProbation) {
  Refuse(OfMember(EventType::kMemberRecognizedOfficial, "2022-01-01", "M1"), "member",
         "only probationary members can be recognized as official");
  Refuse(OfMember(EventType::kMemberProbationRemoved, "2022-01-01", "M1"), "member",
         "only probationary members can be removed from probation");
  Accept(OfMember(EventType::kMemberRecognizedOfficial, "2020-06-01", "M2"));
  Refuse(OfMember(EventType::kMemberRecognizedOfficial, "2022-01-01", "M2"), "member",
         "already official");
}

TEST_F(LedgerStateTest, ProbationRemovedLeavesTheParty) {
  Accept(OfMember(EventType::kMemberProbationRemoved, "2020-03-01", "M2"));
  EXPECT_EQ(Member("M2").standing, Standing::kProbationRemoved);
  EXPECT_TRUE(Org("S1").members.size() == 1);
}

TEST_F(LedgerStateTest, OnlyActiveMembersCanBeTransferredRemovedExpelledExemptedOrDie) {
  Accept(OfMember(EventType::kMemberDied, "2021-01-01", "M1"));
  for (EventType type :
       {EventType::kMemberTransferredOut, EventType::kMemberRemoved, EventType::kMemberExpelled,
        EventType::kMemberExempted, EventType::kMemberDied}) {
    Refuse(OfMember(type, "2021-02-01", "M1"), "member", "died on 2021-01-01; only active members");
  }
  Refuse(Transferred("2021-02-01", "M1", "S2"), "member", "only active members can be transferred");
}

TEST_F(LedgerStateTest, TransfersBetweenCellsAndGroups) {
  Accept(Transferred("2021-01-01", "M1", "T1"));
  EXPECT_EQ(Member("M1").org, *state_.FindOrg("T1"));
  Refuse(Transferred("2021-01-02", "M1", "T1"), "to", "already in 'T1'");
  Refuse(Transferred("2021-01-02", "M1", "G1"), "to",
         "members belong only to cells or party groups");
  Refuse(Transferred("2021-01-02", "M1", "NOPE"), "to", "unknown organization 'NOPE'");
}

TEST_F(LedgerStateTest, MembersOnlyInCellsOrPartyGroups) {
  Refuse(Admitted("2022-01-01", "A", "G1"), "org", "is a grassroots_committee");
  Refuse(Registered("2022-01-01", "R", "U1"), "org", "is a upper_committee");
  Accept(Admitted("2022-01-01", "A", "C1"));
  Accept(Admitted("2022-01-01", "B", "T1"));
}

TEST_F(LedgerStateTest, RefusesDuplicateMemberIds) {
  Refuse(Admitted("2022-01-01", "M1", "S1"), "member", "member id 'M1' is already in use");
  Refuse(Registered("2022-01-01", "M2", "S2"), "member", "already in use");
}

TEST_F(LedgerStateTest, UnknownMembersAndOrgs) {
  Refuse(OfMember(EventType::kMemberDied, "2022-01-01", "GHOST"), "member",
         "unknown member 'GHOST'");
  Refuse(Admitted("2022-01-01", "A", "NOPE"), "org", "unknown organization 'NOPE'");
  Refuse(OrgOnly(EventType::kOrgRenamed, "2022-01-01", "NOPE"), "org", "unknown organization");
}

TEST_F(LedgerStateTest, NothingDatedBeforeTheOrgExists) {
  Accept(Established("2021-06-01", "S3", OrgKind::kSubordinateCell, "G1"));
  Refuse(Admitted("2021-05-31", "A", "S3"), "org", "before organization 'S3' was established");
  Refuse(Established("2019-12-31", "X", OrgKind::kSubordinateCell, "G1"), "parent",
         "before organization 'G1' was established");
}

TEST_F(LedgerStateTest, ExemptionStartsAndEnds) {
  Refuse(OfMember(EventType::kMemberExemptionEnded, "2021-01-01", "M1"), "member",
         "is not exempted");
  Accept(OfMember(EventType::kMemberExempted, "2021-01-01", "M1"));
  Refuse(OfMember(EventType::kMemberExempted, "2021-02-01", "M1"), "member", "already exempted");
  Accept(OfMember(EventType::kMemberExemptionEnded, "2021-03-01", "M1"));
  EXPECT_FALSE(Member("M1").exempted);
}

TEST_F(LedgerStateTest, ReadmissionOnlyAfterLeavingByDecision) {
  Refuse(Readmitted("2021-01-01", "M1", "S1"), "member", "only a removed, expelled or");
  Event removed = OfMember(EventType::kMemberRemoved, "2021-01-01", "M1");
  removed.reason = RemovalReason::kAskedToLeave;
  Accept(removed);
  Refuse(OfMember(EventType::kMemberDied, "2021-02-01", "M1"), "member",
         "was removed on 2021-01-01");
  Accept(Readmitted("2022-01-01", "M1", "S2"));
  EXPECT_EQ(Member("M1").status, MemberStatus::kProbationary);
  EXPECT_EQ(Member("M1").admitted_on, D("2022-01-01"));
  Accept(OfMember(EventType::kMemberTransferredOut, "2022-02-01", "M1"));
  Refuse(Readmitted("2022-03-01", "M1", "S2"), "member", "was transferred out");
}

TEST_F(LedgerStateTest, TransferredInMayBringBackAMemberWhoLeftForAnotherDeployment) {
  Accept(OfMember(EventType::kMemberTransferredOut, "2021-01-01", "M1"));
  Event back = Registered("2022-01-01", "M1", "S2");
  back.type = EventType::kMemberTransferredIn;
  Accept(back);
  EXPECT_EQ(Member("M1").standing, Standing::kActive);
  Refuse(back, "member", "already in use");
}

TEST_F(LedgerStateTest, RegisteredRecordMustBeConsistent) {
  Refuse(Registered("2022-01-01", "R", "S1", MemberStatus::kOfficial, "2023-01-01", "2023-06-01"),
         "admitted_on", "after the event date");
  Refuse(Registered("2022-01-01", "R", "S1", MemberStatus::kOfficial, "2010-01-01", std::nullopt),
         "official_on", "needs the date of recognition");
  Event probationary_with_date =
      Registered("2022-01-01", "R", "S1", MemberStatus::kProbationary, "2021-06-01");
  probationary_with_date.official_on = D("2021-12-01");
  Refuse(probationary_with_date, "official_on", "a probationary member has no date");
}

TEST_F(LedgerStateTest, CorrectionChangesTheRecordOnly) {
  Event corrected = OfMember(EventType::kMemberCorrected, "2022-01-01", "M1");
  Refuse(corrected, "person", "names no field");
  corrected.person.ethnicity = "Tày";
  Accept(corrected);
  EXPECT_EQ(Member("M1").person.ethnicity, "Tày");
  EXPECT_EQ(Member("M1").person.name, "Nguyễn Văn An");
}

TEST_F(LedgerStateTest, DissolvesOnlyEmptyLeaves) {
  Refuse(OrgOnly(EventType::kOrgDissolved, "2022-01-01", "S1"), "org", "still has 2 member(s)");
  Refuse(OrgOnly(EventType::kOrgDissolved, "2022-01-01", "C1"), "org", "live child organization");
  Accept(OrgOnly(EventType::kOrgDissolved, "2022-01-01", "S2"));
  Refuse(Transferred("2022-01-02", "M1", "S2"), "to", "'S2' was dissolved on 2022-01-01");
  Refuse(OrgOnly(EventType::kOrgDissolved, "2022-01-02", "S2"), "org", "was dissolved");
}

TEST_F(LedgerStateTest, MovesWholeSubtrees) {
  Accept(Moved("2022-01-01", "G1", "U2"));
  EXPECT_TRUE(state_.IsWithin(*state_.FindOrg("S1"), *state_.FindOrg("U2")));
  EXPECT_FALSE(state_.IsWithin(*state_.FindOrg("S1"), *state_.FindOrg("U1")));
  Refuse(Moved("2022-01-02", "G1", "U2"), "parent", "already under 'U2'");
  Refuse(Moved("2022-01-02", "G1", "S1"), "parent", "under itself or its own subtree");
}

TEST_F(LedgerStateTest, MergesMembersAndChildren) {
  Accept(Established("2021-01-01", "G2", OrgKind::kGrassrootsCommittee, "U2"));
  Accept(Merged("2022-01-01", {"S1"}, "S2"));
  EXPECT_EQ(Org("S2").members.size(), 2u);
  EXPECT_EQ(Org("S1").life, OrgLife::kMerged);
  Accept(Merged("2022-02-01", {"G1"}, "G2"));
  EXPECT_EQ(Org("S2").parent, state_.FindOrg("G2"));
  Refuse(Admitted("2022-03-01", "A", "S1"), "org", "was merged into 'S2' on 2022-01-01");
}

TEST_F(LedgerStateTest, RefusesImpossibleMerges) {
  Refuse(Merged("2022-01-01", {"S1"}, "S1"), "orgs", "cannot merge 'S1' into itself");
  Refuse(Merged("2022-01-01", {"G1"}, "S2"), "into", "which lies inside it");
  Refuse(Merged("2022-01-01", {"S1"}, "G1"), "into", "members belong only to cells");
  Refuse(Merged("2022-01-01", {"S2", "S2"}, "C1"), "orgs", "listed twice");
}

}  // namespace
}  // namespace tochuc
