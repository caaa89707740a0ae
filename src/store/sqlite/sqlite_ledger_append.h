// SqliteLedgerAppend: one append to a SQLite ledger, inside one transaction.
//
// A first import into an empty ledger is the large case (a whole country):
// there the ledger's indexes by member and by org, which rows reach in
// random order, are dropped while rows go in and built once at the end (the
// one in effective order stays: a file in date order appends to it; those
// of the projection stay too: without them the deferred foreign-key checks
// of orgs would scan the table for every row), the rollback journal replaces
// the write-ahead log (an empty file has nothing to save, so each page is written once), and the
// page cache is large. A later append keeps all of them as they are.
//
// Each commit that added lines also appends one "ledger.appended" audit
// entry naming them, in the same transaction (audit_chain.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/ledger_store.h"
#include "domain/projection.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

// Every ledger line in the order events take effect, one in memory at a time;
// within a transaction, its uncommitted lines too.
void ForEachLineInEffectiveOrder(Db& db, const std::function<void(const StoredEvent&)>& visit);

class SqliteLedgerAppend : public LedgerAppend {
 public:
  SqliteLedgerAppend(Db& db, std::string recorded_by);
  ~SqliteLedgerAppend() override;

  void Add(const Event& event, std::string_view body) override;
  void ForEachInEffectiveOrder(const std::function<void(const StoredEvent&)>& visit) override;
  void ForEachAddedKey(
      const std::function<void(uint64_t seq, std::string_view type, std::string_view date,
                               std::string_view member, std::string_view org)>& visit) override;
  void Commit(const LedgerState& state) override;
  void CommitChanged(const LedgerState& state, const std::vector<MemberId>& members,
                     const std::vector<OrgId>& orgs) override;

 private:
  struct DroppedIndex {
    std::string name, sql;
  };

  void DropSecondaryIndexes();
  void WriteProjection(const LedgerState& state);
  void WriteOrg(Statement& insert, const OrgRow& o);
  void WriteMember(Statement& insert, const MemberRow& m);
  void AuditAddedLines();
  void Finish();

  Db& db_;
  std::string recorded_by_;
  std::string recorded_at_;
  bool bulk_ = false;  // a first import into an empty ledger
  int64_t first_seq_ = 0;
  std::optional<int64_t> first_added_;  // the seqs of the lines added, if any
  int64_t last_added_ = 0;
  std::optional<Transaction> transaction_;
  std::optional<Statement> insert_;
  std::vector<DroppedIndex> dropped_;
};

}  // namespace tochuc::store
