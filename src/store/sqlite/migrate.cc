#include "store/sqlite/migrate.h"

#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/audit_chain.h"
#include "store/sqlite/ledger_coverage.h"

namespace tochuc::store {
namespace {

const std::vector<std::pair<int64_t, const char*>> kMigrations = {
#include "store/sqlite_migrations.inc"
};

// The migration that starts the audit log.
constexpr int64_t kAuditLogVersion = 4;

int64_t SchemaVersion(Db& db) {
  Statement query = db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  query.Step();
  return query.Int(0);
}

// The audit log accounts for every ledger line (ledger_coverage.h): the lines
// recorded before it existed are accounted for by one entry of the migration.
// In C++ because SQL cannot compute the entry's hash.
void AccountForEarlierLedgerLines(Db& db) {
  Statement last = db.Prepare("SELECT COALESCE(MAX(seq), 0) FROM ledger");
  last.Step();
  const int64_t last_seq = last.Int(0);
  if (last_seq == 0) return;
  AppendAuditEntry(db, LedgerAppendedEntry("migration:0004", 1, last_seq));
}

}  // namespace

void Migrate(Db& db) {
  db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT");
  const int64_t current = SchemaVersion(db);
  if (!kMigrations.empty() && current > kMigrations.back().first) {
    throw SqliteError("the database has schema version " + std::to_string(current) +
                      ", newer than this program knows; use a newer tochuc");
  }
  for (const auto& [version, sql] : kMigrations) {
    if (version <= current) continue;
    Transaction transaction(db);
    // Another connection may have run it since `current` was read.
    if (SchemaVersion(db) >= version) continue;
    db.Exec(sql);
    if (version == kAuditLogVersion) AccountForEarlierLedgerLines(db);
    db.Prepare("INSERT INTO schema_migrations VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
        .Bind(1, version)
        .Run();
    transaction.Commit();
  }
}

Db OpenMigrated(const std::string& path) {
  Db db(path);
  Migrate(db);
  return db;
}

}  // namespace tochuc::store
