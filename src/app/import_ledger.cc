#include "app/import_ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "app/load_ledger.h"
#include "domain/ledger_state.h"
#include "domain/projection.h"

namespace tochuc::app {
namespace {

struct FirstAppearance {
  Date date;
  size_t line = 0;
};

// Where each org and member of the file first appears, so that a reference
// to one that appears only later can say so instead of "unknown".
struct Appearances {
  std::unordered_map<std::string, FirstAppearance> orgs, members;

  explicit Appearances(const std::vector<io::LedgerLine>& lines) {
    for (const io::LedgerLine& line : lines) {
      const Event& e = line.event;
      if (e.type == EventType::kOrgEstablished) Note(orgs, e.org, e.date, line.line);
      if (e.type == EventType::kMemberRegistered || e.type == EventType::kMemberAdmitted ||
          e.type == EventType::kMemberTransferredIn) {
        Note(members, e.member, e.date, line.line);
      }
    }
  }

  static void Note(std::unordered_map<std::string, FirstAppearance>& map, const std::string& key,
                   Date date, size_t line) {
    auto [it, inserted] = map.try_emplace(key, FirstAppearance{date, line});
    if (!inserted && date < it->second.date) it->second = {date, line};
  }

  void Explain(Problem& problem, Date date) const {
    const bool org = problem.code == ProblemCode::kUnknownOrg;
    if (!org && problem.code != ProblemCode::kUnknownMember) return;
    const auto& map = org ? orgs : members;
    auto it = map.find(problem.subject);
    if (it == map.end() || it->second.date <= date) return;
    problem.code = ProblemCode::kBeforeExistence;
    problem.message = fmt::format("date {} is before {} '{}' exists (from {}, line {})",
                                  date.ToString(), org ? "organization" : "member", problem.subject,
                                  it->second.date.ToString(), it->second.line);
  }
};

}  // namespace

ImportResult ImportLedger(LedgerStore& store, std::istream& in, const ImportOptions& options) {
  ImportResult result;
  std::vector<Event> existing = LoadLedger(store);
  io::ReadLedgerResult read = io::ReadLedger(in, options.progress);
  result.problems = std::move(read.problems);

  uint64_t next_seq = 1;
  for (const Event& e : existing) next_seq = std::max(next_seq, e.seq + 1);
  // New events carry their index among the read lines in `line_of`.
  std::unordered_map<uint64_t, size_t> line_index;
  for (size_t idx = 0; idx < read.lines.size(); ++idx) {
    read.lines[idx].event.seq = next_seq + idx;
    line_index.emplace(read.lines[idx].event.seq, idx);
  }

  std::vector<const Event*> order;
  order.reserve(existing.size() + read.lines.size());
  for (const Event& e : existing) order.push_back(&e);
  for (const io::LedgerLine& line : read.lines) order.push_back(&line.event);
  std::stable_sort(order.begin(), order.end(),
                   [](const Event* a, const Event* b) { return AppliesBefore(*a, *b); });

  if (options.on_step) options.on_step("checking", order.size());
  const Appearances appearances(read.lines);
  LedgerState state;
  for (const Event* event : order) {
    Problems problems = state.Apply(*event);
    if (problems.empty()) continue;
    auto it = line_index.find(event->seq);
    if (it == line_index.end()) {
      throw std::runtime_error(fmt::format("stored ledger line {} breaks a rule: {}", event->seq,
                                           problems.front().message));
    }
    for (Problem& problem : problems) {
      appearances.Explain(problem, event->date);
      result.problems.push_back({read.lines[it->second].line, std::move(problem)});
    }
  }
  if (!result.problems.empty()) {
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const io::LineProblem& a, const io::LineProblem& b) { return a.line < b.line; });
    return result;
  }

  if (options.on_step) options.on_step("writing", read.lines.size());
  std::vector<EventToStore> to_store;
  to_store.reserve(read.lines.size());
  for (const io::LedgerLine& line : read.lines) to_store.push_back({&line.event, line.body});
  store.Append(to_store, ProjectState(state), options.recorded_by);
  result.imported = to_store.size();
  return result;
}

}  // namespace tochuc::app
