#include "domain/late_events.h"

namespace tochuc {
namespace {

// Whether `org` was within `unit`'s subtree at `at`.
bool WithinAt(const ReadModel& model, OrgId org, OrgId unit, Moment at) {
  for (std::optional<OrgId> node = org; node; node = model.history.ParentAt(*node, at)) {
    if (*node == unit) return true;
  }
  return false;
}

bool OrgWithin(const ReadModel& model, std::string_view code, OrgId unit, Date day) {
  const std::optional<OrgId> org = model.FindOrg(code);
  return org && (WithinAt(model, *org, unit, EndOfDay(day.AddDays(-1))) ||
                 WithinAt(model, *org, unit, EndOfDay(day)));
}

}  // namespace

bool ConcernsSubtree(const ReadModel& model, OrgId unit, const Event& event) {
  if (IsOrgEvent(event.type)) {
    if (OrgWithin(model, event.org, unit, event.date)) return true;
    if (OrgWithin(model, event.into, unit, event.date)) return true;
    for (const std::string& merged : event.orgs) {
      if (OrgWithin(model, merged, unit, event.date)) return true;
    }
    return false;
  }
  const std::optional<MemberId> member = model.FindMember(event.member);
  if (!member) return false;
  for (const Date day : {event.date.AddDays(-1), event.date}) {
    const std::optional<Spell> spell = model.members.SpellAt(*member, day);
    if (spell && WithinAt(model, spell->org, unit, EndOfDay(day))) return true;
  }
  return false;
}

StockFlowAdjustments AdjustmentsOf(const ReadModel& model, const StockFlowReport& report,
                                   const LockedClosings& locked) {
  StockFlowAdjustments out{report.total.counts.opening - locked.total, {}};
  for (const StockFlowRow& row : report.rows) {
    const auto closing = locked.by_org.find(model.org(row.org).code);
    out.rows.push_back(row.counts.opening - (closing == locked.by_org.end() ? 0 : closing->second));
  }
  return out;
}

}  // namespace tochuc
