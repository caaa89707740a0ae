#include "store/sqlite/sqlite_audit_log.h"

#include "store/sqlite/audit_chain.h"
#include "store/sqlite/migrate.h"

namespace tochuc::store {

SqliteAuditLog::SqliteAuditLog(const std::string& path) : db_(OpenMigrated(path)) {}

void SqliteAuditLog::Append(const AuditEntry& entry) {
  Transaction transaction(db_);  // BEGIN IMMEDIATE: the last hash cannot change under us
  AppendAuditEntry(db_, entry);
  transaction.Commit();
}

void SqliteAuditLog::ForEach(const std::function<void(const StoredAuditEntry&)>& visit) {
  ForEachAuditEntry(db_, visit);
}

std::vector<std::string> SqliteAuditLog::Verify() {
  ReadTransaction snapshot(db_);  // the audit log and the ledger as of one moment
  return VerifyAuditChain(db_);
}

}  // namespace tochuc::store
