// The rules and effects of the member.* events: the membership state machine.
#include <fmt/format.h>

#include "domain/ledger_state.h"

namespace tochuc {
namespace {

std::string_view StandingPhrase(Standing standing) {
  switch (standing) {
    case Standing::kActive: return "is active";
    case Standing::kRemoved: return "was removed";
    case Standing::kExpelled: return "was expelled";
    case Standing::kProbationRemoved: return "had probation removed";
    case Standing::kTransferredOut: return "was transferred out";
    case Standing::kDied: return "died";
  }
  return "";
}

bool CreatesMember(EventType type) {
  return type == EventType::kMemberRegistered || type == EventType::kMemberAdmitted ||
         type == EventType::kMemberTransferredIn;
}

Problem MemberProblem(ProblemCode code, std::string message, const Event& event) {
  return {code, "member", std::move(message), event.member};
}

}  // namespace

Problems LedgerState::CheckMemberEvent(const Event& event) const {
  Problems out;
  const RuleSet& rules = rules_.At(event.date);
  const auto found = FindMember(event.member);

  if (CreatesMember(event.type)) {
    const bool returning = found && event.type == EventType::kMemberTransferredIn &&
                           member(*found).standing == Standing::kTransferredOut;
    if (found && !returning) {
      out.push_back(MemberProblem(ProblemCode::kDuplicate,
                                  fmt::format("member id '{}' is already in use", event.member),
                                  event));
    }
    RequireMemberHoldingOrg(event.org, "org", event.date, out);
    if (!event.person.IsComplete()) {
      out.push_back(
          {ProblemCode::kMissingField, "person", "a complete person record is required", ""});
      return out;
    }
    if (event.person.born_on >= event.date) {
      out.push_back({ProblemCode::kRuleBroken, "person.born_on",
                     fmt::format("born on {}, not before the event date {}",
                                 event.person.born_on->ToString(), event.date.ToString()),
                     ""});
    }
  }

  switch (event.type) {
    case EventType::kMemberAdmitted: {
      const int months = WholeMonthsBetween(*event.person.born_on, event.date);
      if (months < rules.min_admission_age_months || months > rules.max_admission_age_months) {
        out.push_back({ProblemCode::kRuleBroken, "person.born_on",
                       fmt::format("age at admission is {} years {} months; it must be between "
                                   "{} and {} years",
                                   months / 12, months % 12, rules.min_admission_age_months / 12,
                                   rules.max_admission_age_months / 12),
                       ""});
      }
      break;
    }
    case EventType::kMemberRegistered:
    case EventType::kMemberTransferredIn: {
      if (event.admitted_on && *event.admitted_on > event.date) {
        out.push_back({ProblemCode::kRuleBroken, "admitted_on",
                       fmt::format("admitted on {}, after the event date {}",
                                   event.admitted_on->ToString(), event.date.ToString()),
                       ""});
      }
      if (event.status == MemberStatus::kOfficial && !event.official_on) {
        out.push_back({ProblemCode::kMissingField, "official_on",
                       "an official member needs the date of recognition", ""});
      }
      if (event.status == MemberStatus::kProbationary && event.official_on) {
        out.push_back({ProblemCode::kRuleBroken, "official_on",
                       "a probationary member has no date of recognition; use null", ""});
      }
      if (event.official_on && event.admitted_on &&
          (*event.official_on < *event.admitted_on || *event.official_on > event.date)) {
        out.push_back({ProblemCode::kRuleBroken, "official_on",
                       fmt::format("recognized on {}: must lie between admission ({}) and the "
                                   "event date ({})",
                                   event.official_on->ToString(), event.admitted_on->ToString(),
                                   event.date.ToString()),
                       ""});
      }
      break;
    }
    default: break;
  }
  if (CreatesMember(event.type)) return out;

  if (!found) {
    out.push_back(MemberProblem(ProblemCode::kUnknownMember,
                                fmt::format("unknown member '{}'", event.member), event));
    return out;
  }
  const MemberState& m = member(*found);
  const bool active = m.standing == Standing::kActive;
  auto require_active = [&](std::string_view action) {
    if (active) return true;
    out.push_back(
        MemberProblem(ProblemCode::kRuleBroken,
                      fmt::format("member '{}' {} on {}; only active members can be {}", m.id,
                                  StandingPhrase(m.standing), m.standing_since.ToString(), action),
                      event));
    return false;
  };
  auto require_probationary = [&](std::string_view action) {
    if (!require_active(action)) return false;
    if (m.status == MemberStatus::kProbationary) return true;
    out.push_back(MemberProblem(
        ProblemCode::kRuleBroken,
        fmt::format("member '{}' is already official (since {}); only probationary members can "
                    "be {}",
                    m.id, m.official_on ? m.official_on->ToString() : "before the ledger", action),
        event));
    return false;
  };

  switch (event.type) {
    case EventType::kMemberRecognizedOfficial:
      if (require_probationary("recognized as official")) {
        const Date earliest = m.admitted_on.AddMonths(rules.probation_months);
        if (event.date < earliest) {
          out.push_back(
              {ProblemCode::kRuleBroken, "date",
               fmt::format("recognition is allowed from {} ({} months after admission "
                           "on {})",
                           earliest.ToString(), rules.probation_months, m.admitted_on.ToString()),
               m.id});
        }
      }
      break;
    case EventType::kMemberProbationRemoved: require_probationary("removed from probation"); break;
    case EventType::kMemberTransferred:
      if (require_active("transferred")) {
        const size_t before = out.size();
        RequireMemberHoldingOrg(event.to, "to", event.date, out);
        if (out.size() == before && *FindOrg(event.to) == m.org) {
          out.push_back({ProblemCode::kRuleBroken, "to",
                         fmt::format("member '{}' is already in '{}'", m.id, event.to), event.to});
        }
      }
      break;
    case EventType::kMemberTransferredOut: require_active("transferred out"); break;
    case EventType::kMemberRemoved: require_active("removed"); break;
    case EventType::kMemberExpelled: require_active("expelled"); break;
    case EventType::kMemberDied: require_active("recorded as deceased"); break;
    case EventType::kMemberExempted:
      if (require_active("exempted") && m.exempted) {
        out.push_back(MemberProblem(ProblemCode::kRuleBroken,
                                    fmt::format("member '{}' is already exempted", m.id), event));
      }
      break;
    case EventType::kMemberExemptionEnded:
      if (require_active("released from exemption") && !m.exempted) {
        out.push_back(MemberProblem(ProblemCode::kRuleBroken,
                                    fmt::format("member '{}' is not exempted", m.id), event));
      }
      break;
    case EventType::kMemberReadmitted:
      if (m.standing != Standing::kRemoved && m.standing != Standing::kExpelled &&
          m.standing != Standing::kProbationRemoved) {
        out.push_back(MemberProblem(
            ProblemCode::kRuleBroken,
            fmt::format("member '{}' {}; only a removed, expelled or probation-removed member can "
                        "be readmitted",
                        m.id, StandingPhrase(m.standing)),
            event));
      }
      RequireMemberHoldingOrg(event.org, "org", event.date, out);
      break;
    case EventType::kMemberCorrected:
      if (event.person.IsEmpty()) {
        out.push_back({ProblemCode::kMissingField, "person", "names no field to correct", ""});
      }
      break;
    default: break;
  }
  return out;
}

void LedgerState::ApplyMemberEvent(const Event& event, Change& change) {
  if (CreatesMember(event.type)) {
    const OrgId org_id = *FindOrg(event.org);
    MemberId id{};
    if (auto found = FindMember(event.member)) {  // a return after transferring out
      id = *found;
      members_[Index(id)].person = event.person.ToPerson();
      Place(id, org_id);
    } else {
      id = AddMember(event, org_id);
    }
    MemberState& m = members_[Index(id)];
    m.standing = Standing::kActive;
    m.standing_since = event.date;
    m.exempted = false;
    if (event.type == EventType::kMemberAdmitted) {
      m.status = MemberStatus::kProbationary;
      m.admitted_on = event.date;
      m.official_on.reset();
    } else {
      m.status = event.status;
      m.admitted_on = *event.admitted_on;
      m.official_on = event.official_on;
    }
    change.member = id;
    change.to_org = org_id;
    return;
  }

  const MemberId id = *FindMember(event.member);
  MemberState& m = members_[Index(id)];
  change.member = id;
  if (m.standing == Standing::kActive) change.from_org = m.org;
  auto leave = [&](Standing standing) {
    Unplace(id);
    m.standing = standing;
    m.standing_since = event.date;
    m.exempted = false;
  };

  switch (event.type) {
    case EventType::kMemberRecognizedOfficial:
      m.status = MemberStatus::kOfficial;
      m.official_on = event.date;
      break;
    case EventType::kMemberProbationRemoved: leave(Standing::kProbationRemoved); break;
    case EventType::kMemberTransferred:
      Unplace(id);
      Place(id, *FindOrg(event.to));
      break;
    case EventType::kMemberTransferredOut: leave(Standing::kTransferredOut); break;
    case EventType::kMemberRemoved: leave(Standing::kRemoved); break;
    case EventType::kMemberExpelled: leave(Standing::kExpelled); break;
    case EventType::kMemberDied: leave(Standing::kDied); break;
    case EventType::kMemberExempted: m.exempted = true; break;
    case EventType::kMemberExemptionEnded: m.exempted = false; break;
    case EventType::kMemberReadmitted:
      Place(id, *FindOrg(event.org));
      m.standing = Standing::kActive;
      m.standing_since = event.date;
      m.status = MemberStatus::kProbationary;
      m.admitted_on = event.date;
      m.official_on.reset();
      break;
    case EventType::kMemberCorrected: event.person.ApplyTo(m.person); break;
    default: break;
  }
  if (m.standing == Standing::kActive) change.to_org = m.org;
}

}  // namespace tochuc
