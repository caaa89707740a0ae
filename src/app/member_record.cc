#include "app/member_record.h"

#include <boost/json.hpp>
#include <set>

#include "app/viewer.h"
#include "io/event_fields.h"

namespace tochuc::app {
namespace {

namespace json = boost::json;

json::object RecordOf(const MemberRow& row) {
  return {{"member", row.id},
          {"name", row.name},
          {"org", row.org},
          {"standing", row.standing},
          {"standing_since", row.standing_since},
          {"status", row.status},
          {"exempted", row.exempted},
          {"admitted_on", row.admitted_on},
          {"official_on",
           row.official_on.empty() ? json::value(nullptr) : json::value(row.official_on)},
          {"sex", row.sex},
          {"born_on", row.born_on},
          {"ethnicity", row.ethnicity},
          {"religion", row.religion},
          {"education", row.education},
          {"theory_level", row.theory_level},
          {"youth_union", row.youth_union}};
}

// Removes the fields the role may not see; notes the confidential ones kept.
void Filter(json::object& fields, Role role, std::set<std::string>& confidential_shown) {
  for (auto it = fields.begin(); it != fields.end();) {
    const FieldClass field_class = ClassOfPersonField(it->key());
    if (!RoleSees(role, field_class)) {
      it = fields.erase(it);
      continue;
    }
    if (field_class == FieldClass::kConfidential) confidential_shown.emplace(it->key());
    ++it;
  }
}

}  // namespace

MemberRecord ReadMemberRecord(const LiveReadModel& live, LedgerStore& store, AuditLog& audit,
                              const User& user, std::string_view member_id) {
  live.Read([&](const ReadModel& model) {
    RequireMember(model, ResolveViewer(model, user), member_id, Action::kReadMembers);
    return 0;
  });
  const std::optional<MemberRow> row = store.ReadMemberRow(member_id);
  if (!row) {
    throw Refusal(RefusalKind::kNotFound, "member", "Không tìm thấy hồ sơ đảng viên này");
  }
  MemberRecord out{RecordOf(*row), {}};
  std::set<std::string> confidential_shown;
  store.ForEachLineOfMember(member_id, [&](const RecordedLine& recorded) {
    json::object event = json::parse(recorded.line.body).as_object();
    // Fields a ledger file carried beyond the format's are kept in the line
    // and, unclassified, are confidential like unknown person fields.
    for (const std::string& extra : io::UnknownEventFields(event)) {
      if (extra.find('.') != std::string::npos) continue;  // person fields: below
      if (!RoleSees(user.role, FieldClass::kConfidential)) {
        event.erase(extra);
      } else {
        confidential_shown.insert(extra);
      }
    }
    if (auto* person = event.if_contains("person"); person && person->is_object()) {
      // Fields beyond the projection's (national ID, family) live only in
      // the events: the latest value of each belongs to the record.
      for (const auto& [key, value] : person->get_object()) {
        if (ClassOfPersonField(key) == FieldClass::kConfidential) out.record[key] = value;
      }
      Filter(person->as_object(), user.role, confidential_shown);
    }
    out.history.push_back({{"seq", recorded.line.seq},
                           {"recorded_at", recorded.recorded_at},
                           {"recorded_by", recorded.recorded_by},
                           {"event", std::move(event)}});
  });
  Filter(out.record, user.role, confidential_shown);
  if (!confidential_shown.empty()) {
    json::array fields;
    for (const std::string& field : confidential_shown) fields.emplace_back(field);
    audit.Append({user.login, "member.confidential_read", std::string(member_id),
                  json::serialize(json::object{{"fields", std::move(fields)}})});
  }
  return out;
}

}  // namespace tochuc::app
