// The rules and effects of the member.* events: the membership state machine.
#include <fmt/format.h>

#include "domain/ledger_state.h"

namespace tochuc {
namespace {

std::string_view StandingPhraseVi(Standing standing) {
  switch (standing) {
    case Standing::kActive: return "đang sinh hoạt";
    case Standing::kRemoved: return "đã bị xóa tên";
    case Standing::kExpelled: return "đã bị khai trừ";
    case Standing::kProbationRemoved: return "đã bị xóa tên đảng viên dự bị";
    case Standing::kTransferredOut: return "đã chuyển đi";
    case Standing::kDied: return "đã từ trần";
  }
  return "";
}

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

Problem MemberProblem(ProblemCode code, std::string message, std::string vi, const Event& event) {
  return {code, "member", std::move(message), event.member, std::move(vi)};
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
      out.push_back(MemberProblem(
          ProblemCode::kDuplicate, fmt::format("member id '{}' is already in use", event.member),
          fmt::format("mã đảng viên '{}' đã có người dùng", event.member), event));
    }
    RequireMemberHoldingOrg(event.org, "org", event.date, out);
    if (!event.person.IsComplete()) {
      out.push_back({ProblemCode::kMissingField, "person", "a complete person record is required",
                     "", "cần đủ các trường của hồ sơ"});
      return out;
    }
    if (event.person.born_on >= event.date) {
      out.push_back({ProblemCode::kRuleBroken, "person.born_on",
                     fmt::format("born on {}, not before the event date {}",
                                 event.person.born_on->ToString(), event.date.ToString()),
                     "",
                     fmt::format("ngày sinh {} không trước ngày của sự kiện {}",
                                 event.person.born_on->ToVietnamese(), event.date.ToVietnamese())});
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
                       "",
                       fmt::format("tuổi khi kết nạp là {} năm {} tháng; phải từ đủ {} đến {} tuổi",
                                   months / 12, months % 12, rules.min_admission_age_months / 12,
                                   rules.max_admission_age_months / 12)});
      }
      break;
    }
    case EventType::kMemberRegistered:
    case EventType::kMemberTransferredIn: {
      if (event.admitted_on && *event.admitted_on > event.date) {
        out.push_back({ProblemCode::kRuleBroken, "admitted_on",
                       fmt::format("admitted on {}, after the event date {}",
                                   event.admitted_on->ToString(), event.date.ToString()),
                       "",
                       fmt::format("ngày vào Đảng {} sau ngày của sự kiện {}",
                                   event.admitted_on->ToVietnamese(), event.date.ToVietnamese())});
      }
      if (event.status == MemberStatus::kOfficial && !event.official_on) {
        out.push_back({ProblemCode::kMissingField, "official_on",
                       "an official member needs the date of recognition", "",
                       "đảng viên chính thức phải có ngày được công nhận chính thức"});
      }
      if (event.status == MemberStatus::kProbationary && event.official_on) {
        out.push_back({ProblemCode::kRuleBroken, "official_on",
                       "a probationary member has no date of recognition; use null", "",
                       "đảng viên dự bị chưa có ngày chính thức; để trống"});
      }
      if (event.official_on && event.admitted_on &&
          (*event.official_on < *event.admitted_on || *event.official_on > event.date)) {
        out.push_back({ProblemCode::kRuleBroken, "official_on",
                       fmt::format("recognized on {}: must lie between admission ({}) and the "
                                   "event date ({})",
                                   event.official_on->ToString(), event.admitted_on->ToString(),
                                   event.date.ToString()),
                       "",
                       fmt::format("ngày chính thức {} phải nằm giữa ngày vào Đảng ({}) và ngày "
                                   "của sự kiện ({})",
                                   event.official_on->ToVietnamese(),
                                   event.admitted_on->ToVietnamese(), event.date.ToVietnamese())});
      }
      break;
    }
    default: break;
  }
  if (CreatesMember(event.type)) return out;

  if (!found) {
    out.push_back(MemberProblem(ProblemCode::kUnknownMember,
                                fmt::format("unknown member '{}'", event.member),
                                fmt::format("không có đảng viên mã '{}'", event.member), event));
    return out;
  }
  const MemberState& m = member(*found);
  const bool active = m.standing == Standing::kActive;
  // `action` and `action_vi`: what the event does, for the messages.
  auto require_active = [&](std::string_view action, std::string_view action_vi) {
    if (active) return true;
    out.push_back(MemberProblem(
        ProblemCode::kRuleBroken,
        fmt::format("member '{}' {} on {}; only active members can be {}", m.id,
                    StandingPhrase(m.standing), m.standing_since.ToString(), action),
        fmt::format("đảng viên '{}' {} từ ngày {}; chỉ đảng viên đang sinh hoạt mới được {}", m.id,
                    StandingPhraseVi(m.standing), m.standing_since.ToVietnamese(), action_vi),
        event));
    return false;
  };
  auto require_probationary = [&](std::string_view action, std::string_view action_vi) {
    if (!require_active(action, action_vi)) return false;
    if (m.status == MemberStatus::kProbationary) return true;
    out.push_back(MemberProblem(
        ProblemCode::kRuleBroken,
        fmt::format("member '{}' is already official (since {}); only probationary members can "
                    "be {}",
                    m.id, m.official_on ? m.official_on->ToString() : "before the ledger", action),
        fmt::format("đảng viên '{}' đã là đảng viên chính thức ({}); chỉ đảng viên dự bị mới "
                    "được {}",
                    m.id,
                    m.official_on ? "từ " + m.official_on->ToVietnamese() : "từ trước khi có sổ",
                    action_vi),
        event));
    return false;
  };

  switch (event.type) {
    case EventType::kMemberRecognizedOfficial:
      if (require_probationary("recognized as official", "công nhận chính thức")) {
        const Date earliest = m.admitted_on.AddMonths(rules.probation_months);
        if (event.date < earliest) {
          out.push_back(
              {ProblemCode::kRuleBroken, "date",
               fmt::format("recognition is allowed from {} ({} months after admission "
                           "on {})",
                           earliest.ToString(), rules.probation_months, m.admitted_on.ToString()),
               m.id,
               fmt::format("chỉ được công nhận chính thức từ ngày {} (đủ {} tháng dự bị kể từ "
                           "ngày kết nạp {})",
                           earliest.ToVietnamese(), rules.probation_months,
                           m.admitted_on.ToVietnamese())});
        }
      }
      break;
    case EventType::kMemberProbationRemoved:
      require_probationary("removed from probation", "xóa tên đảng viên dự bị");
      break;
    case EventType::kMemberTransferred:
      if (require_active("transferred", "chuyển sinh hoạt")) {
        const size_t before = out.size();
        RequireMemberHoldingOrg(event.to, "to", event.date, out);
        if (out.size() == before && *FindOrg(event.to) == m.org) {
          out.push_back({ProblemCode::kRuleBroken, "to",
                         fmt::format("member '{}' is already in '{}'", m.id, event.to), event.to,
                         fmt::format("đảng viên '{}' đã sinh hoạt ở '{}'", m.id, event.to)});
        }
      }
      break;
    case EventType::kMemberTransferredOut: require_active("transferred out", "chuyển đi"); break;
    case EventType::kMemberRemoved: require_active("removed", "xóa tên"); break;
    case EventType::kMemberExpelled: require_active("expelled", "khai trừ"); break;
    case EventType::kMemberDied: require_active("recorded as deceased", "ghi từ trần"); break;
    case EventType::kMemberExempted:
      if (require_active("exempted", "miễn sinh hoạt") && m.exempted) {
        out.push_back(MemberProblem(
            ProblemCode::kRuleBroken, fmt::format("member '{}' is already exempted", m.id),
            fmt::format("đảng viên '{}' đang được miễn sinh hoạt", m.id), event));
      }
      break;
    case EventType::kMemberExemptionEnded:
      if (require_active("released from exemption", "thôi miễn sinh hoạt") && !m.exempted) {
        out.push_back(MemberProblem(
            ProblemCode::kRuleBroken, fmt::format("member '{}' is not exempted", m.id),
            fmt::format("đảng viên '{}' không được miễn sinh hoạt", m.id), event));
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
            fmt::format("đảng viên '{}' {}; chỉ người đã bị xóa tên, khai trừ hoặc xóa tên dự bị "
                        "mới được kết nạp lại",
                        m.id, StandingPhraseVi(m.standing)),
            event));
      }
      RequireMemberHoldingOrg(event.org, "org", event.date, out);
      break;
    case EventType::kMemberCorrected:
      if (event.person.IsEmpty()) {
        out.push_back({ProblemCode::kMissingField, "person", "names no field to correct", "",
                       "không có trường nào để sửa"});
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
