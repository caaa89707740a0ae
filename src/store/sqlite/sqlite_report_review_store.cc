#include "store/sqlite/sqlite_report_review_store.h"

#include <sqlite3.h>

#include "store/sqlite/audit_chain.h"
#include "store/sqlite/migrate.h"

namespace tochuc::store {
namespace {

constexpr std::string_view kSelectPeriods =
    "SELECT id, title, from_day, to_day, opened_by, opened_at FROM report_periods";
constexpr std::string_view kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

ReportingPeriod ReadPeriod(const Statement& row) {
  // The dates were written from Date::ToString; a bad one would be a store
  // edited by hand, shown as the first day rather than trusted.
  return {row.Int(0),
          row.Text(1),
          Date::Parse(row.Text(2)).value_or(Date{}),
          Date::Parse(row.Text(3)).value_or(Date{}),
          row.Text(4),
          row.Text(5)};
}

}  // namespace

SqliteReportReviewStore::SqliteReportReviewStore(const std::string& path)
    : db_(OpenMigrated(path)) {}

int64_t SqliteReportReviewStore::OpenPeriod(const ReportingPeriod& period,
                                            const AuditEntry& audit) {
  Transaction transaction(db_);
  db_.Prepare(
         "INSERT INTO report_periods (title, from_day, to_day, opened_by, opened_at) "
         "VALUES (?, ?, ?, ?, " +
         std::string(kNow) + ")")
      .Bind(1, period.title)
      .Bind(2, period.from.ToString())
      .Bind(3, period.to.ToString())
      .Bind(4, period.opened_by)
      .Run();
  const int64_t id = sqlite3_last_insert_rowid(db_.handle());
  AppendAuditEntry(db_, audit);
  transaction.Commit();
  return id;
}

std::vector<ReportingPeriod> SqliteReportReviewStore::ListPeriods() {
  std::vector<ReportingPeriod> out;
  Statement select = db_.Prepare(std::string(kSelectPeriods) + " ORDER BY id");
  while (select.Step()) out.push_back(ReadPeriod(select));
  return out;
}

std::optional<ReportingPeriod> SqliteReportReviewStore::FindPeriod(int64_t id) {
  Statement select = db_.Prepare(std::string(kSelectPeriods) + " WHERE id = ?");
  select.Bind(1, id);
  if (!select.Step()) return std::nullopt;
  return ReadPeriod(select);
}

std::vector<StoredReviewStep> SqliteReportReviewStore::StepsOf(int64_t period,
                                                               std::string_view org) {
  std::vector<StoredReviewStep> out;
  Statement select = db_.Prepare(
      "SELECT org, action, by_login, at, comment, snapshot FROM report_steps "
      "WHERE period = ? AND org = ? ORDER BY seq");
  select.Bind(1, period).Bind(2, org);
  while (select.Step()) {
    // The table's CHECK admits only the three names.
    const ReviewAction action = ParseReviewAction(select.Text(1)).value_or(ReviewAction::kSubmit);
    out.push_back({period,
                   select.Text(0),
                   {action, select.Text(2), select.Text(3), select.Text(4)},
                   select.Text(5)});
  }
  return out;
}

bool SqliteReportReviewStore::AppendStep(const StoredReviewStep& step, size_t steps_seen,
                                         const AuditEntry& audit) {
  Transaction transaction(db_);  // BEGIN IMMEDIATE: the count holds until the insert
  Statement count = db_.Prepare("SELECT COUNT(*) FROM report_steps WHERE period = ? AND org = ?");
  count.Bind(1, step.period).Bind(2, step.org);
  count.Step();
  if (static_cast<size_t>(count.Int(0)) != steps_seen) return false;
  db_.Prepare(
         "INSERT INTO report_steps (period, org, action, by_login, at, comment, snapshot) "
         "VALUES (?, ?, ?, ?, " +
         std::string(kNow) + ", ?, ?)")
      .Bind(1, step.period)
      .Bind(2, step.org)
      .Bind(3, ReviewActionName(step.step.action))
      .Bind(4, step.step.by)
      .Bind(5, step.step.comment)
      .Bind(6, step.snapshot)
      .Run();
  AppendAuditEntry(db_, audit);
  transaction.Commit();
  return true;
}

}  // namespace tochuc::store
