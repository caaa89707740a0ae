#include "app/import_ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "app/load_ledger.h"
#include "domain/read_model_builder.h"

namespace tochuc::app {
namespace {

constexpr size_t kBatchLines = 16'384;
// Batches parsed ahead of the one being written: the two cores parse while
// the caller's thread writes and checks.
constexpr size_t kBatchesAhead = 2;

bool Introduces(std::string_view type, bool org) {
  if (org) return type == EventTypeName(EventType::kOrgEstablished);
  return type == EventTypeName(EventType::kMemberRegistered) ||
         type == EventTypeName(EventType::kMemberAdmitted) ||
         type == EventTypeName(EventType::kMemberTransferredIn);
}

bool NamesUnknown(const Problem& problem) {
  return problem.code == ProblemCode::kUnknownOrg || problem.code == ProblemCode::kUnknownMember;
}

// A broken rule, with the date the explanation of unknown names needs.
struct RuleProblem {
  size_t line = 0;
  Date date;
  Problem problem;
};

class Import {
 public:
  Import(LedgerStore& store, const ImportOptions& options)
      : options_(options), append_(store.BeginAppend(options.recorded_by)) {
    Replay();
    first_added_seq_ = next_seq_;
  }

  void Read(std::istream& in) {
    io::RawLineReader reader(in);
    std::deque<std::future<io::ReadLedgerResult>> ahead;
    bool more = true;
    while (more || !ahead.empty()) {
      if (more) {
        io::RawLines raw;
        more = reader.Next(kBatchLines, raw);
        ahead.push_back(
            std::async(std::launch::async, [raw = std::move(raw)] { return io::ParseLines(raw); }));
      }
      if (ahead.size() > kBatchesAhead || (!more && !ahead.empty())) {
        Consume(std::make_shared<io::ReadLedgerResult>(ahead.front().get()));
        ahead.pop_front();
        if (options_.progress) options_.progress(reader.bytes_read(), added_lines_.size());
      }
    }
    if (writing_.valid()) writing_.get();
  }

  ImportResult Finish() && {
    if (!in_order_) {
      Step("replaying", added_lines_.size());
      Replay();
    }
    ExplainUnknowns();
    ImportResult result;
    result.problems = std::move(problems_);
    for (RuleProblem& p : rule_problems_) result.problems.push_back({p.line, std::move(p.problem)});
    if (!result.problems.empty()) {
      std::stable_sort(
          result.problems.begin(), result.problems.end(),
          [](const io::LineProblem& a, const io::LineProblem& b) { return a.line < b.line; });
      return result;  // the append rolls back
    }
    // Both only read the state: the store writes its projection while the
    // read model is laid out.
    Step("writing", added_lines_.size());
    std::future<void> commit =
        std::async(std::launch::async, [this] { append_->Commit(builder_->state()); });
    result.model = std::move(*builder_).Finish();
    commit.get();
    result.state.emplace(std::move(*builder_).TakeState());
    result.imported = added_lines_.size();
    return result;
  }

 private:
  void Step(std::string_view step, size_t events) const {
    if (options_.on_step) options_.on_step(step, events);
  }

  static void CheckStored(const Event& event, const Problems& problems) {
    if (problems.empty()) return;
    throw std::runtime_error(fmt::format("stored ledger line {} breaks a rule: {}", event.seq,
                                         problems.front().message));
  }

  // Writes the batch on a thread of its own, after the one before it, while
  // this thread checks it and builds the read model.
  void Consume(std::shared_ptr<io::ReadLedgerResult> batch) {
    std::move(batch->problems.begin(), batch->problems.end(), std::back_inserter(problems_));
    for (io::LedgerLine& line : batch->lines) {
      line.event.seq = next_seq_++;
      added_lines_.push_back(line.line);
    }
    if (writing_.valid()) writing_.get();
    writing_ = std::async(std::launch::async, [this, batch] {
      for (const io::LedgerLine& line : batch->lines) append_->Add(line.event, line.body);
    });
    for (const io::LedgerLine& line : batch->lines) Check(line);
  }

  void Check(const io::LedgerLine& line) {
    if (!in_order_) return;
    // Seq grows with every line, so a line is in effective order exactly
    // when its date is not before the previous one's.
    if (last_date_ && line.event.date < *last_date_) {
      in_order_ = false;
      return;
    }
    last_date_ = line.event.date;
    for (Problem& problem : builder_->Add(line.event)) {
      rule_problems_.push_back({line.line, line.event.date, std::move(problem)});
    }
  }

  // Applies every line the store holds, in the order events take effect, to
  // a new state. First the stored ledger, which an append is checked against;
  // again for a file out of date order, now with its lines written so far.
  void Replay() {
    rule_problems_.clear();
    builder_.emplace();
    append_->ForEachInEffectiveOrder([&](const StoredEvent& stored) {
      const Event event = ParseStoredEvent(stored);
      Problems problems = builder_->Add(event);
      next_seq_ = std::max(next_seq_, event.seq + 1);
      last_date_ = event.date;
      if (event.seq < first_added_seq_) {
        if (added_lines_.empty()) return CheckStored(event, problems);
        // The file's lines, placed before it by date, break a line already
        // stored: the file is refused for it (the first of its lines stands
        // for them all; the message names the stored line).
        for (Problem& problem : problems) {
          problem.vi = fmt::format("dòng {} đã có trong sổ ({} ngày {}) sẽ không còn đúng: {}",
                                   event.seq, EventTypeName(event.type), event.date.ToVietnamese(),
                                   problem.vi.empty() ? problem.message : problem.vi);
          problem.message =
              fmt::format("the ledger's line {} ({} of {}) would no longer hold: {}", event.seq,
                          EventTypeName(event.type), event.date.ToString(), problem.message);
          rule_problems_.push_back({added_lines_.front(), event.date, std::move(problem)});
        }
        return;
      }
      for (Problem& problem : problems) {
        rule_problems_.push_back({LineOf(event.seq), event.date, std::move(problem)});
      }
    });
  }

  size_t LineOf(uint64_t seq) const { return added_lines_[seq - first_added_seq_]; }

  // "Unknown org X" when X is established later in the file says more as
  // "before X exists (from D, line N)".
  void ExplainUnknowns() {
    std::unordered_set<std::string> subjects;
    for (const RuleProblem& p : rule_problems_) {
      if (NamesUnknown(p.problem)) subjects.insert(p.problem.subject);
    }
    if (subjects.empty()) return;
    struct First {
      Date date;
      size_t line = 0;
    };
    std::unordered_map<std::string, First> orgs, members;
    append_->ForEachAddedKey([&](uint64_t seq, std::string_view type, std::string_view date,
                                 std::string_view member, std::string_view org) {
      const bool is_org = Introduces(type, true);
      if (!is_org && !Introduces(type, false)) return;
      const std::string subject(is_org ? org : member);
      if (!subjects.contains(subject)) return;
      const Date day = Date::Parse(date).value_or(Date{});
      auto [it, inserted] = (is_org ? orgs : members).try_emplace(subject, First{day, LineOf(seq)});
      if (!inserted && day < it->second.date) it->second = {day, LineOf(seq)};
    });
    for (RuleProblem& p : rule_problems_) {
      if (!NamesUnknown(p.problem)) continue;
      const bool is_org = p.problem.code == ProblemCode::kUnknownOrg;
      const auto& firsts = is_org ? orgs : members;
      auto it = firsts.find(p.problem.subject);
      if (it == firsts.end() || !(p.date < it->second.date)) continue;
      p.problem.code = ProblemCode::kBeforeExistence;
      p.problem.message =
          fmt::format("date {} is before {} '{}' exists (from {}, line {})", p.date.ToString(),
                      is_org ? "organization" : "member", p.problem.subject,
                      it->second.date.ToString(), it->second.line);
      p.problem.vi =
          fmt::format("ngày {} trước khi có {} '{}' (từ ngày {}, dòng {})", p.date.ToVietnamese(),
                      is_org ? "tổ chức" : "đảng viên", p.problem.subject,
                      it->second.date.ToVietnamese(), it->second.line);
    }
  }

  const ImportOptions& options_;
  std::unique_ptr<LedgerAppend> append_;
  std::optional<ReadModelBuilder> builder_;
  uint64_t next_seq_ = 1;
  // Until the stored ledger is replayed, every line is a stored one.
  uint64_t first_added_seq_ = UINT64_MAX;
  std::optional<Date> last_date_;
  bool in_order_ = true;
  std::vector<size_t> added_lines_;  // by seq - first_added_seq_: the file's line
  std::vector<io::LineProblem> problems_;
  std::vector<RuleProblem> rule_problems_;
  std::future<void> writing_;  // the batch being written
};

}  // namespace

ImportResult ImportLedger(LedgerStore& store, std::istream& in, const ImportOptions& options) {
  Import import(store, options);
  import.Read(in);
  return std::move(import).Finish();
}

}  // namespace tochuc::app
