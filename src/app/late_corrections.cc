#include "app/late_corrections.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "app/load_ledger.h"
#include "app/viewer.h"

namespace tochuc::app {
namespace {

using LateEvent = std::pair<RecordedLine, Event>;

// The lines recorded after `seq` that take effect on or before `through`
// and that the model includes (up to `now_seq`), parsed.
std::vector<LateEvent> LateEventsAfter(LedgerStore& ledger, uint64_t seq, Date through,
                                       uint64_t now_seq) {
  std::vector<LateEvent> out;
  ledger.ForEachLateLine(seq, through, [&](const RecordedLine& recorded) {
    if (recorded.line.seq <= now_seq) out.emplace_back(recorded, ParseStoredEvent(recorded.line));
  });
  return out;
}

}  // namespace

Corrections CorrectionsOf(const LiveReadModel& live, ReportReviewStore& reviews,
                          LedgerStore& ledger, const User& user, int64_t period_id,
                          std::string_view code) {
  const std::optional<ReportingPeriod> period = reviews.FindPeriod(period_id);
  if (!period) {
    throw Refusal(RefusalKind::kNotFound, "period",
                  fmt::format("Không tìm thấy kỳ báo cáo số {}", period_id));
  }
  Corrections out{*period, std::string(code), {}, {}, {}, false, {}};
  // The scope first (a unit outside it answers as unknown, before any
  // read), and the figures now, as of the last line the model includes.
  const uint64_t now_seq = live.Read([&](const ReadModel& model) {
    const OrgId unit = RequireOrg(model, ResolveViewer(model, user), code, Action::kReadReports);
    out.name = model.org(unit).name;
    out.now_total = CountStockFlow(model, unit, period->from, period->to, Structure::kPeriod);
    return model.last_seq;
  });
  out.locked = LockedReportOf(reviews, *period, code);
  if (!out.locked || !out.locked->ledger_seq) return out;
  out.lines_known = true;
  // The late lines the figures now include: stored, and in the model.
  const std::vector<LateEvent> late =
      LateEventsAfter(ledger, *out.locked->ledger_seq, period->to, now_seq);
  live.Read([&](const ReadModel& model) {
    const Viewer viewer = ResolveViewer(model, user);
    const OrgId unit = RequireOrg(model, viewer, code, Action::kReadReports);
    for (const auto& [recorded, event] : late) {
      if (!ConcernsSubtree(model, unit, event)) continue;
      LateLine line{recorded.line.seq,
                    std::string(EventTypeName(event.type)),
                    event.doc,
                    {},
                    {},
                    event.org,
                    event.date,
                    recorded.recorded_at,
                    recorded.recorded_by};
      const std::optional<MemberId> member = model.FindMember(event.member);
      if (member && MemberInScope(model, viewer, *member)) {
        line.member = event.member;
        line.member_name = model.directory.name(*member);
      }
      out.lines.push_back(std::move(line));
    }
  });
  return out;
}

void CountCorrections(const LiveReadModel& live, LedgerStore& ledger, const ReportingPeriod& period,
                      std::vector<UnitReport>& units) {
  std::vector<std::pair<UnitReport*, uint64_t>> counted;  // with the line its figures include
  for (UnitReport& unit : units) {
    const std::optional<LockedReport> locked = LockedReportFrom(period, unit);
    if (locked && locked->ledger_seq) counted.emplace_back(&unit, *locked->ledger_seq);
  }
  if (counted.empty()) return;
  uint64_t first_seq = counted.front().second;
  for (const auto& [unit, seq] : counted) first_seq = std::min(first_seq, seq);
  const uint64_t now_seq = live.Read([](const ReadModel& model) { return model.last_seq; });
  const std::vector<LateEvent> late = LateEventsAfter(ledger, first_seq, period.to, now_seq);
  live.Read([&](const ReadModel& model) {
    for (const auto& [unit, seq] : counted) {
      const std::optional<OrgId> org = model.FindOrg(unit->code);
      int64_t count = 0;
      for (const auto& [recorded, event] : late) {
        if (org && recorded.line.seq > seq && ConcernsSubtree(model, *org, event)) ++count;
      }
      unit->corrections = count;
    }
  });
}

}  // namespace tochuc::app
