#include "app/export_ledger.h"

namespace tochuc::app {

size_t ExportLedger(LedgerStore& store, std::ostream& out) {
  const std::vector<StoredEvent> ledger = store.ReadLedger();
  for (const StoredEvent& stored : ledger) out << stored.body << '\n';
  return ledger.size();
}

}  // namespace tochuc::app
