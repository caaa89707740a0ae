// Which late events concern a unit, and each row's adjustment against the
// closings a locked report gave.
#include "domain/late_events.h"

#include <gtest/gtest.h>

#include "domain/read_model_builder.h"
#include "domain/testing/event_builders.h"

namespace tochuc {
namespace {

using namespace tochuc::testing;  // NOLINT: test-only builders

class LateEventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    events_ = Numbered({
        Established("2026-01-01", "T", OrgKind::kProvinceCommittee, std::nullopt),
        Established("2026-01-01", "X1", OrgKind::kGrassrootsCommittee, "T"),
        Established("2026-01-01", "X2", OrgKind::kGrassrootsCommittee, "T"),
        Established("2026-01-01", "C1", OrgKind::kSubordinateCell, "X1"),
        Established("2026-01-01", "C2", OrgKind::kSubordinateCell, "X2"),
        Registered("2026-01-01", "M1", "C1"),
        Registered("2026-01-01", "M2", "C2"),
        Transferred("2026-02-10", "M1", "C2"),
        Moved("2026-03-01", "C1", "X2"),
        Admitted("2026-03-15", "M3", "C2", APerson("2000-01-01")),
    });
    ReadModelBuilder builder;
    for (const Event& event : events_) ASSERT_TRUE(builder.Add(event).empty());
    model_ = std::move(builder).Finish();
  }
  bool Concerns(const char* unit, size_t event) const {
    return ConcernsSubtree(model_, *model_.FindOrg(unit), events_[event]);
  }

  std::vector<Event> events_;
  ReadModel model_;
};

TEST_F(LateEventsTest, AMemberEventConcernsTheUnitsTheMemberStoodInBeforeOrAfter) {
  EXPECT_TRUE(Concerns("X1", 5));  // M1 registered in C1, under X1
  EXPECT_FALSE(Concerns("X2", 5));
  EXPECT_TRUE(Concerns("X1", 7));  // M1 left X1 for X2: both
  EXPECT_TRUE(Concerns("X2", 7));
  EXPECT_TRUE(Concerns("T", 7));
  EXPECT_FALSE(Concerns("X1", 9));  // M3 admitted in C2, under X2 only
  EXPECT_TRUE(Concerns("X2", 9));
}

TEST_F(LateEventsTest, AnOrgEventConcernsTheUnitsTheOrgStoodUnderBeforeOrAfter) {
  EXPECT_TRUE(Concerns("X1", 8));  // C1 moved from X1 to X2
  EXPECT_TRUE(Concerns("X2", 8));
  EXPECT_TRUE(Concerns("X1", 3));  // C1 established under X1
  EXPECT_FALSE(Concerns("X2", 3));
  EXPECT_FALSE(Concerns("X1", 4));  // C2 established under X2
}

TEST_F(LateEventsTest, EachRowOpensAgainstItsLockedClosing) {
  const StockFlowReport report = ComputeStockFlow(model_, *model_.FindOrg("T"), D("2026-04-01"),
                                                  D("2026-06-30"), Structure::kPeriod);
  ASSERT_EQ(report.total.counts.opening, 3);
  // Locked at the end of Q1 before M3's admission came in: X2 had 1, X1 1.
  const LockedClosings locked{2, {{"X1", 1}, {"X2", 1}}};
  const StockFlowAdjustments adjustments = AdjustmentsOf(model_, report, locked);
  EXPECT_EQ(adjustments.total, 1);
  ASSERT_EQ(adjustments.rows.size(), report.rows.size());
  for (size_t i = 0; i < report.rows.size(); ++i) {
    const std::string& code = model_.org(report.rows[i].org).code;
    const int64_t locked_closing = locked.by_org.at(code);
    EXPECT_EQ(locked_closing + adjustments.rows[i], report.rows[i].counts.opening) << code;
  }
  // A child unit the locked report lacked opens with all its members as adjustment.
  const StockFlowAdjustments without_x2 = AdjustmentsOf(model_, report, {2, {{"X1", 1}}});
  for (size_t i = 0; i < report.rows.size(); ++i) {
    if (model_.org(report.rows[i].org).code == "X2") {
      EXPECT_EQ(without_x2.rows[i], report.rows[i].counts.opening);
    }
  }
}

}  // namespace
}  // namespace tochuc
