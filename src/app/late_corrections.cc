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
  // The scope first: a unit outside it answers as unknown, before any read.
  live.Read([&](const ReadModel& model) {
    RequireOrg(model, ResolveViewer(model, user), code, Action::kReadReports);
  });
  Corrections out{*period, std::string(code), {}, LockedReportOf(reviews, *period, code), {}, {},
                  {}};
  std::vector<std::pair<RecordedLine, Event>> candidates;
  std::optional<uint64_t> taken_at;
  if (out.locked) {
    out.locked_total = LockedTotalOf(*out.locked);
    taken_at = LedgerSeqOf(*out.locked);
  }
  if (taken_at) {
    ledger.ForEachLateLine(*taken_at, period->to, [&](const RecordedLine& recorded) {
      candidates.emplace_back(recorded, ParseStoredEvent(recorded.line));
    });
  }
  live.Read([&](const ReadModel& model) {
    const Viewer viewer = ResolveViewer(model, user);
    const OrgId unit = RequireOrg(model, viewer, code, Action::kReadReports);
    out.name = model.org(unit).name;
    if (!out.locked) return;
    out.now_total = CountStockFlow(model, unit, period->from, period->to, Structure::kPeriod);
    const bool sees_members = RoleMay(user.role, Action::kReadMembers);
    for (const auto& [recorded, event] : candidates) {
      // A line stored but not yet in the model comes with the next read.
      if (recorded.line.seq > model.last_seq || !ConcernsSubtree(model, unit, event)) continue;
      LateLine line{recorded.line.seq,
                    std::string(EventTypeName(event.type)),
                    event.doc,
                    {},
                    {},
                    event.org,
                    event.date,
                    recorded.recorded_at,
                    recorded.recorded_by};
      if (sees_members && !event.member.empty()) {
        line.member = event.member;
        if (const std::optional<MemberId> member = model.FindMember(event.member))
          line.member_name = model.directory.name(*member);
      }
      out.lines.push_back(std::move(line));
    }
  });
  return out;
}

}  // namespace tochuc::app
