// SqliteReportReviewStore: the ReportReviewStore on an embedded SQLite file
// (tables `report_periods` and `report_steps`, migration 0005), on a
// connection of its own opened and migrated as the other stores' are. A
// change and its audit entry are written in one transaction.
//
// Like Db, one thread at a time per instance.
#pragma once

#include <string>

#include "domain/report_review_store.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

class SqliteReportReviewStore : public ReportReviewStore {
 public:
  // Opens or creates the database file. Throws SqliteError when it cannot.
  explicit SqliteReportReviewStore(const std::string& path);

  int64_t OpenPeriod(const ReportingPeriod& period, const AuditEntry& audit) override;
  std::vector<ReportingPeriod> ListPeriods() override;
  std::optional<ReportingPeriod> FindPeriod(int64_t id) override;
  std::vector<StoredReviewStep> StepsOf(int64_t period, std::string_view org) override;
  bool AppendStep(const StoredReviewStep& step, size_t steps_seen,
                  const AuditEntry& audit) override;

 private:
  Db db_;
};

}  // namespace tochuc::store
