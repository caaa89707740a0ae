#include "store/sqlite/ledger_coverage.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace tochuc::store {
namespace {

std::string LineRange(int64_t first, int64_t last) {
  if (first == last) return fmt::format("ledger line {}", first);
  return fmt::format("ledger lines {} to {}", first, last);
}

std::string Unaccounted(int64_t first, int64_t last) {
  return fmt::format("{}: no ledger.appended audit entry accounts for {}", LineRange(first, last),
                     first == last ? "it" : "them");
}

}  // namespace

AuditEntry LedgerAppendedEntry(std::string actor, int64_t first_seq, int64_t last_seq) {
  return {std::move(actor), "ledger.appended", "",
          fmt::format(R"({{"first_seq":{},"last_seq":{},"lines":{}}})", first_seq, last_seq,
                      last_seq - first_seq + 1)};
}

std::vector<std::string> CheckLedgerCoverage(std::vector<AccountedLines> accounted,
                                             int64_t ledger_end) {
  std::vector<std::string> problems;
  std::sort(
      accounted.begin(), accounted.end(), [](const AccountedLines& a, const AccountedLines& b) {
        return a.first_seq != b.first_seq ? a.first_seq < b.first_seq : a.entry_seq < b.entry_seq;
      });
  int64_t covered_to = 0;  // lines 1..covered_to are accounted for
  int64_t covered_by = 0;  // the entry that accounted for line covered_to
  for (const AccountedLines& lines : accounted) {
    const int64_t gap_end = std::min(lines.first_seq - 1, ledger_end);
    if (gap_end > covered_to) problems.push_back(Unaccounted(covered_to + 1, gap_end));
    if (lines.first_seq <= covered_to) {
      problems.push_back(fmt::format(
          "audit entry {}: it accounts again for {}, which audit entry {} accounts for already",
          lines.entry_seq, LineRange(lines.first_seq, std::min(lines.last_seq, covered_to)),
          covered_by));
    }
    if (lines.last_seq > ledger_end) {
      problems.push_back(fmt::format("audit entry {}: it accounts for {}, but {}", lines.entry_seq,
                                     LineRange(lines.first_seq, lines.last_seq),
                                     ledger_end == 0
                                         ? "the ledger is empty"
                                         : fmt::format("the ledger ends at line {}", ledger_end)));
    }
    if (lines.last_seq > covered_to) {
      covered_to = lines.last_seq;
      covered_by = lines.entry_seq;
    }
  }
  if (ledger_end > covered_to) problems.push_back(Unaccounted(covered_to + 1, ledger_end));
  return problems;
}

}  // namespace tochuc::store
