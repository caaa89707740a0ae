// SqliteLedgerStore: the LedgerStore on an embedded SQLite file (WAL mode,
// foreign keys on), migrated to the newest schema when opened.
#pragma once

#include <string>

#include "domain/ledger_store.h"
#include "store/sqlite/sqlite_db.h"

namespace tochuc::store {

class SqliteLedgerStore : public LedgerStore {
 public:
  // Opens or creates the database file. Throws SqliteError when it cannot.
  explicit SqliteLedgerStore(const std::string& path);

  std::vector<StoredEvent> ReadLedger() override;
  void ForEachInEffectiveOrder(const std::function<void(const StoredEvent&)>& visit) override;
  std::unique_ptr<LedgerAppend> BeginAppend(const std::string& recorded_by) override;
  Projection ReadProjection() override;
  std::optional<StoredEvent> LastStored() override;
  std::optional<StoredEvent> Stored(uint64_t seq) override;
  void ForEachAfter(uint64_t seq, const std::function<void(const StoredEvent&)>& visit) override;
  void ForEachLateLine(uint64_t seq, Date through,
                       const std::function<void(const RecordedLine&)>& visit) override;
  void ForEachLineOfMember(std::string_view member,
                           const std::function<void(const RecordedLine&)>& visit) override;
  std::optional<MemberRow> ReadMemberRow(std::string_view member) override;

 private:
  Db db_;
};

}  // namespace tochuc::store
