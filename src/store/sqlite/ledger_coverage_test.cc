// Which ledger lines the "ledger.appended" entries account for, as ranges.
#include "store/sqlite/ledger_coverage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tochuc::store {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(LedgerCoverageTest, EntriesAccountingForExactlyTheLedgerAreClean) {
  EXPECT_THAT(CheckLedgerCoverage({}, 0), IsEmpty());
  EXPECT_THAT(CheckLedgerCoverage({{4, 4, 9}, {1, 1, 3}}, 9), IsEmpty());
}

TEST(LedgerCoverageTest, LinesNoEntryAccountsForAreReported) {
  EXPECT_THAT(CheckLedgerCoverage({{1, 1, 3}, {5, 8, 9}}, 10),
              ElementsAre("ledger lines 4 to 7: no ledger.appended audit entry accounts for them",
                          "ledger line 10: no ledger.appended audit entry accounts for it"));
  EXPECT_THAT(CheckLedgerCoverage({}, 2),
              ElementsAre("ledger lines 1 to 2: no ledger.appended audit entry accounts for them"));
}

TEST(LedgerCoverageTest, EntriesPastTheLedgerAreReported) {
  EXPECT_THAT(CheckLedgerCoverage({{1, 1, 3}, {2, 4, 6}}, 3),
              ElementsAre("audit entry 2: it accounts for ledger lines 4 to 6, but the ledger "
                          "ends at line 3"));
  EXPECT_THAT(CheckLedgerCoverage({{7, 1, 1}}, 0),
              ElementsAre("audit entry 7: it accounts for ledger line 1, but the ledger is empty"));
}

TEST(LedgerCoverageTest, LinesAccountedForTwiceAreReported) {
  EXPECT_THAT(CheckLedgerCoverage({{1, 1, 5}, {2, 4, 6}}, 6),
              ElementsAre("audit entry 2: it accounts again for ledger lines 4 to 5, which audit "
                          "entry 1 accounts for already"));
}

TEST(LedgerCoverageTest, TheEntryItWritesIsTheOneItReads) {
  const AuditEntry entry = LedgerAppendedEntry("import", 3, 7);
  EXPECT_EQ(entry.actor, "import");
  EXPECT_EQ(entry.action, "ledger.appended");
  EXPECT_EQ(entry.subject, "");
  EXPECT_EQ(entry.detail, R"({"first_seq":3,"last_seq":7,"lines":5})");
}

}  // namespace
}  // namespace tochuc::store
