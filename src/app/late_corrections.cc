#include "app/late_corrections.h"

#include <fmt/format.h>

#include "app/load_ledger.h"
#include "app/viewer.h"

namespace tochuc::app {

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
  std::vector<std::pair<RecordedLine, Event>> late;
  ledger.ForEachLateLine(*out.locked->ledger_seq, period->to, [&](const RecordedLine& recorded) {
    if (recorded.line.seq <= now_seq) late.emplace_back(recorded, ParseStoredEvent(recorded.line));
  });
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

}  // namespace tochuc::app
