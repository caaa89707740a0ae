#include "store/sqlite/migrate.h"

#include <string>
#include <utility>
#include <vector>

namespace tochuc::store {
namespace {

const std::vector<std::pair<int64_t, const char*>> kMigrations = {
#include "store/sqlite_migrations.inc"
};

}  // namespace

void Migrate(Db& db) {
  db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT");
  int64_t current = 0;
  {
    Statement query = db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (query.Step()) current = query.Int(0);
  }
  if (!kMigrations.empty() && current > kMigrations.back().first) {
    throw SqliteError("the database has schema version " + std::to_string(current) +
                      ", newer than this program knows; use a newer tochuc");
  }
  for (const auto& [version, sql] : kMigrations) {
    if (version <= current) continue;
    Transaction transaction(db);
    db.Exec(sql);
    db.Prepare("INSERT INTO schema_migrations VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
        .Bind(1, version)
        .Run();
    transaction.Commit();
  }
}

}  // namespace tochuc::store
