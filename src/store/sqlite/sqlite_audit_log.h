// SqliteAuditLog: the AuditLog on an embedded SQLite file, on a connection of
// its own (opened and migrated as SqliteLedgerStore's is). Appends from
// several connections, in this process or others, take the write lock one at
// a time, so the chain stays a line.
//
// Like Db, one thread at a time per instance; open one per thread.
#pragma once

#include <string>

#include "domain/audit_log.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

class SqliteAuditLog : public AuditLog {
 public:
  // Opens or creates the database file. Throws SqliteError when it cannot.
  explicit SqliteAuditLog(const std::string& path);

  void Append(const AuditEntry& entry) override;
  void ForEach(const std::function<void(const StoredAuditEntry&)>& visit) override;
  std::vector<std::string> Verify() override;

 private:
  Db db_;
};

}  // namespace tochuc::store
