#include "io/event_json.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <set>

namespace tochuc::io {
namespace json = boost::json;
namespace {

// Reads the fields of one object, collecting a problem per bad field.
class FieldReader {
 public:
  FieldReader(const json::object& object, std::string prefix, Problems& problems)
      : object_(object), prefix_(std::move(prefix)), problems_(problems) {}

  const json::value* Find(std::string_view key) const { return object_.if_contains(key); }
  bool Has(std::string_view key) const { return Find(key) != nullptr; }

  std::optional<std::string> String(std::string_view key, bool required = true,
                                    bool non_empty = true) {
    const json::value* value = Find(key);
    if (!value || value->is_null()) {
      if (required) Missing(key);
      return std::nullopt;
    }
    if (!value->is_string())
      return Bad(key, "must be a string", "phải là chuỗi ký tự"), std::nullopt;
    std::string text(value->get_string());
    if (non_empty && text.empty())
      return Bad(key, "must not be empty", "không được để trống"), std::nullopt;
    return text;
  }

  std::optional<Date> DateField(std::string_view key, bool required = true) {
    const json::value* value = Find(key);
    if (!value || value->is_null()) {
      if (required) Missing(key);
      return std::nullopt;
    }
    if (!value->is_string()) {
      return Bad(key, "must be a date string YYYY-MM-DD", "phải là ngày dạng YYYY-MM-DD"),
             std::nullopt;
    }
    const std::string_view text = value->get_string();
    auto date = Date::Parse(text);
    if (!date) {
      Bad(key, fmt::format("'{}' is not a real date in the form YYYY-MM-DD", text),
          fmt::format("'{}' không phải ngày có thật dạng YYYY-MM-DD", text));
    }
    return date;
  }

  std::optional<bool> Bool(std::string_view key, bool required = true) {
    const json::value* value = Find(key);
    if (!value || value->is_null()) {
      if (required) Missing(key);
      return std::nullopt;
    }
    if (!value->is_bool())
      return Bad(key, "must be true or false", "phải là true hoặc false"), std::nullopt;
    return value->get_bool();
  }

  // A string that must be one of the names `parse` accepts.
  template <typename Parse>
  auto Enum(std::string_view key, Parse parse, std::string_view expected, bool required = true)
      -> decltype(parse(std::string_view{})) {
    auto text = String(key, required);
    if (!text) return std::nullopt;
    auto parsed = parse(*text);
    if (!parsed) {
      Bad(key, fmt::format("unknown value '{}'; expected {}", *text, expected),
          fmt::format("giá trị '{}' không hợp lệ; phải là một trong: {}", *text, expected));
    }
    return parsed;
  }

  void Missing(std::string_view key) {
    problems_.push_back(
        {ProblemCode::kMissingField, Name(key), "is required", "", "bắt buộc phải có"});
  }
  void Bad(std::string_view key, std::string message, std::string vi = {}) {
    problems_.push_back(
        {ProblemCode::kInvalidValue, Name(key), std::move(message), "", std::move(vi)});
  }
  std::string Name(std::string_view key) const { return prefix_ + std::string(key); }

 private:
  const json::object& object_;
  std::string prefix_;
  Problems& problems_;
};

constexpr std::string_view kKinds =
    "province_committee, upper_committee, grassroots_committee, grassroots_cell, "
    "partial_committee, subordinate_cell or party_group";

const std::set<std::string_view, std::less<>> kPersonFieldNames = {
    "name", "sex", "born_on", "ethnicity", "religion", "education", "theory_level", "youth_union"};

PersonPatch ReadPerson(FieldReader& outer, bool complete, Problems& problems) {
  PersonPatch patch;
  const json::value* value = outer.Find("person");
  if (!value) {
    outer.Missing("person");
    return patch;
  }
  if (!value->is_object()) {
    outer.Bad("person", "must be an object", "phải là một đối tượng (hồ sơ)");
    return patch;
  }
  FieldReader person(value->get_object(), "person.", problems);
  patch.name = person.String("name", complete);
  patch.sex = person.Enum("sex", ParseSex, "M or F", complete);
  patch.born_on = person.DateField("born_on", complete);
  patch.ethnicity = person.String("ethnicity", complete);
  patch.religion = person.String("religion", complete);
  patch.education = person.String("education", complete);
  patch.theory_level =
      person.Enum("theory_level", ParseTheoryLevel,
                  "none, elementary, intermediate, advanced or bachelor", complete);
  patch.youth_union = person.Bool("youth_union", complete);
  for (const auto& [key, field] : value->get_object()) {
    if (!kPersonFieldNames.contains(key)) patch.other_fields = true;
  }
  if (!complete && patch.IsEmpty() && problems.empty()) {
    outer.Bad("person", "names no field to correct", "không có trường nào để sửa");
  }
  return patch;
}

void ReadRecordFields(FieldReader& reader, Event& event) {
  event.status = reader.Enum("status", ParseMemberStatus, "probationary or official")
                     .value_or(MemberStatus::kProbationary);
  event.admitted_on = reader.DateField("admitted_on");
  event.official_on = reader.DateField("official_on", /*required=*/false);
}

}  // namespace

Problems EventFromJson(const json::object& object, Event* event) {
  Problems problems;
  FieldReader reader(object, "", problems);
  Event e;
  const auto type = reader.Enum("type", ParseEventType, "an event type of ledger-format.md");
  if (auto date = reader.DateField("date")) e.date = *date;
  e.doc = reader.String("doc", false, false).value_or("");
  e.note = reader.String("note", false, false).value_or("");
  if (!type) return problems;
  e.type = *type;

  const bool member_event = !IsOrgEvent(e.type);
  if (member_event) e.member = reader.String("member").value_or("");
  switch (e.type) {
    case EventType::kOrgEstablished: {
      e.org = reader.String("org").value_or("");
      e.name = reader.String("name").value_or("");
      e.kind = reader.Enum("kind", ParseOrgKind, kKinds).value_or(OrgKind::kGrassrootsCell);
      e.sector = reader.String("sector").value_or("");
      if (!reader.Has("parent")) reader.Missing("parent");
      e.parent = reader.String("parent", false);
      break;
    }
    case EventType::kOrgRenamed:
      e.org = reader.String("org").value_or("");
      e.name = reader.String("name").value_or("");
      break;
    case EventType::kOrgMoved:
      e.org = reader.String("org").value_or("");
      e.parent = reader.String("parent").value_or("");
      break;
    case EventType::kOrgMerged: {
      e.into = reader.String("into").value_or("");
      const json::value* orgs = reader.Find("orgs");
      if (!orgs) {
        reader.Missing("orgs");
      } else if (!orgs->is_array() || orgs->get_array().empty()) {
        reader.Bad("orgs", "must be a non-empty list of organization codes",
                   "phải là danh sách mã tổ chức, không rỗng");
      } else {
        const json::array& list = orgs->get_array();
        for (size_t idx = 0; idx < list.size(); ++idx) {
          if (!list[idx].is_string() || list[idx].get_string().empty()) {
            reader.Bad(fmt::format("orgs[{}]", idx), "must be an organization code",
                       "phải là mã tổ chức");
          } else {
            e.orgs.emplace_back(list[idx].get_string());
          }
        }
      }
      break;
    }
    case EventType::kOrgDissolved: e.org = reader.String("org").value_or(""); break;
    case EventType::kMemberRegistered:
    case EventType::kMemberTransferredIn:
      e.org = reader.String("org").value_or("");
      e.person = ReadPerson(reader, true, problems);
      ReadRecordFields(reader, e);
      break;
    case EventType::kMemberAdmitted:
      e.org = reader.String("org").value_or("");
      e.person = ReadPerson(reader, true, problems);
      break;
    case EventType::kMemberTransferred: e.to = reader.String("to").value_or(""); break;
    case EventType::kMemberTransferredOut:
      e.destination = reader.String("destination").value_or("");
      break;
    case EventType::kMemberRemoved:
      e.reason = reader
                     .Enum("reason", ParseRemovalReason,
                           "asked_to_leave, dropped_out, unpaid_dues or other")
                     .value_or(RemovalReason::kOther);
      break;
    case EventType::kMemberReadmitted: e.org = reader.String("org").value_or(""); break;
    case EventType::kMemberCorrected: e.person = ReadPerson(reader, false, problems); break;
    default: break;
  }
  if (problems.empty() && event) *event = std::move(e);
  return problems;
}

namespace {

json::value DateOrNull(const std::optional<Date>& date) {
  return date ? json::value(date->ToString()) : json::value(nullptr);
}

json::object PersonToJson(const PersonPatch& p) {
  json::object o;
  if (p.name) o["name"] = *p.name;
  if (p.sex) o["sex"] = SexCode(*p.sex);
  if (p.born_on) o["born_on"] = p.born_on->ToString();
  if (p.ethnicity) o["ethnicity"] = *p.ethnicity;
  if (p.religion) o["religion"] = *p.religion;
  if (p.education) o["education"] = *p.education;
  if (p.theory_level) o["theory_level"] = TheoryLevelName(*p.theory_level);
  if (p.youth_union) o["youth_union"] = *p.youth_union;
  return o;
}

}  // namespace

json::object EventToJson(const Event& e) {
  json::object o;
  o["type"] = EventTypeName(e.type);
  o["date"] = e.date.ToString();
  if (!IsOrgEvent(e.type)) o["member"] = e.member;
  switch (e.type) {
    case EventType::kOrgEstablished:
      o["org"] = e.org;
      o["name"] = e.name;
      o["kind"] = OrgKindName(e.kind);
      o["sector"] = e.sector;
      o["parent"] = e.parent ? json::value(*e.parent) : json::value(nullptr);
      break;
    case EventType::kOrgRenamed:
      o["org"] = e.org;
      o["name"] = e.name;
      break;
    case EventType::kOrgMoved:
      o["org"] = e.org;
      o["parent"] = e.parent.value_or("");
      break;
    case EventType::kOrgMerged: {
      json::array orgs;
      for (const auto& code : e.orgs) orgs.emplace_back(code);
      o["orgs"] = std::move(orgs);
      o["into"] = e.into;
      break;
    }
    case EventType::kOrgDissolved: o["org"] = e.org; break;
    case EventType::kMemberRegistered:
    case EventType::kMemberTransferredIn:
      o["org"] = e.org;
      o["person"] = PersonToJson(e.person);
      o["status"] = MemberStatusName(e.status);
      o["admitted_on"] = DateOrNull(e.admitted_on);
      o["official_on"] = DateOrNull(e.official_on);
      break;
    case EventType::kMemberAdmitted:
      o["org"] = e.org;
      o["person"] = PersonToJson(e.person);
      break;
    case EventType::kMemberTransferred: o["to"] = e.to; break;
    case EventType::kMemberTransferredOut: o["destination"] = e.destination; break;
    case EventType::kMemberRemoved: o["reason"] = RemovalReasonName(e.reason); break;
    case EventType::kMemberReadmitted: o["org"] = e.org; break;
    case EventType::kMemberCorrected: o["person"] = PersonToJson(e.person); break;
    default: break;
  }
  if (!e.doc.empty()) o["doc"] = e.doc;
  if (!e.note.empty()) o["note"] = e.note;
  return o;
}

}  // namespace tochuc::io
