#include "ledger_jsonl.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace tochuc::reference {
namespace {

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  std::optional<Json> Document() {
    std::optional<Json> value = Value();
    SkipSpace();
    if (!value || pos_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Consume(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  std::optional<Json> Value() {
    SkipSpace();
    if (pos_ >= text_.size()) return std::nullopt;
    Json out;
    const char c = text_[pos_];
    if (c == '{') return Object();
    if (c == '[') return Array();
    if (c == '"') {
      auto s = String();
      if (!s) return std::nullopt;
      out.kind = Json::Kind::kString;
      out.text = std::move(*s);
      return out;
    }
    if (Consume("null")) return out;
    if (Consume("true") || Consume("false")) {
      out.kind = Json::Kind::kBool;
      out.boolean = text_[pos_ - 1] == 'e' && text_[pos_ - 2] == 'u';
      return out;
    }
    const size_t start = pos_;
    while (pos_ < text_.size() &&
           std::string_view("+-.eE0123456789").find(text_[pos_]) != std::string_view::npos) {
      ++pos_;
    }
    if (pos_ == start) return std::nullopt;
    out.kind = Json::Kind::kNumber;
    out.text = std::string(text_.substr(start, pos_ - start));
    return out;
  }

  std::optional<Json> Object() {
    Json out;
    out.kind = Json::Kind::kObject;
    ++pos_;  // '{'
    SkipSpace();
    if (Consume("}")) return out;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') return std::nullopt;
      auto key = String();
      SkipSpace();
      if (!key || !Consume(":")) return std::nullopt;
      auto value = Value();
      if (!value) return std::nullopt;
      out.fields.emplace_back(std::move(*key), std::move(*value));
      SkipSpace();
      if (Consume("}")) return out;
      if (!Consume(",")) return std::nullopt;
    }
  }

  std::optional<Json> Array() {
    Json out;
    out.kind = Json::Kind::kArray;
    ++pos_;  // '['
    SkipSpace();
    if (Consume("]")) return out;
    while (true) {
      auto value = Value();
      if (!value) return std::nullopt;
      out.items.push_back(std::move(*value));
      SkipSpace();
      if (Consume("]")) return out;
      if (!Consume(",")) return std::nullopt;
    }
  }

  std::optional<uint32_t> Hex4() {
    if (pos_ + 4 > text_.size()) return std::nullopt;
    uint32_t value = 0;
    for (int digit_idx = 0; digit_idx < 4; ++digit_idx) {
      const char c = text_[pos_++];
      value <<= 4;
      if (c >= '0' && c <= '9') {
        value |= static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        value |= static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        value |= static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return std::nullopt;
      }
    }
    return value;
  }

  static void AppendUtf8(uint32_t code, std::string& out) {
    auto byte = [](uint32_t bits) { return static_cast<char>(static_cast<unsigned char>(bits)); };
    if (code < 0x80) {
      out += byte(code);
    } else if (code < 0x800) {
      out += byte(0xC0 | (code >> 6));
      out += byte(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += byte(0xE0 | (code >> 12));
      out += byte(0x80 | ((code >> 6) & 0x3F));
      out += byte(0x80 | (code & 0x3F));
    } else {
      out += byte(0xF0 | (code >> 18));
      out += byte(0x80 | ((code >> 12) & 0x3F));
      out += byte(0x80 | ((code >> 6) & 0x3F));
      out += byte(0x80 | (code & 0x3F));
    }
  }

  std::optional<std::string> String() {
    ++pos_;  // '"'
    std::string out;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) return std::nullopt;
      const char escape = text_[pos_++];
      switch (escape) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          auto code = Hex4();
          if (!code) return std::nullopt;
          if (*code >= 0xD800 && *code < 0xDC00) {  // a surrogate pair
            if (!Consume("\\u")) return std::nullopt;
            auto low = Hex4();
            if (!low || *low < 0xDC00 || *low >= 0xE000) return std::nullopt;
            code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
          }
          AppendUtf8(*code, out);
          break;
        }
        default: return std::nullopt;
      }
    }
    return std::nullopt;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

std::optional<std::string> StringField(const Json& object, std::string_view key) {
  const Json* value = object.Find(key);
  if (!value || value->kind != Json::Kind::kString) return std::nullopt;
  return value->text;
}

std::optional<Date> DateField(const Json& object, std::string_view key) {
  auto text = StringField(object, key);
  return text ? Date::Parse(*text) : std::nullopt;
}

// Fills the fields present in a `person` object; false on a bad value.
bool ReadPerson(const Json& person, PersonPatch& out) {
  if (person.kind != Json::Kind::kObject) return false;
  for (const auto& [key, value] : person.fields) {
    if (key == "youth_union") {
      if (value.kind != Json::Kind::kBool) return false;
      out.youth_union = value.boolean;
      continue;
    }
    if (value.kind != Json::Kind::kString) return false;
    if (key == "name") {
      out.name = value.text;
    } else if (key == "sex") {
      if (!(out.sex = ParseSex(value.text))) return false;
    } else if (key == "born_on") {
      if (!(out.born_on = Date::Parse(value.text))) return false;
    } else if (key == "ethnicity") {
      out.ethnicity = value.text;
    } else if (key == "religion") {
      out.religion = value.text;
    } else if (key == "education") {
      out.education = value.text;
    } else if (key == "theory_level") {
      if (!(out.theory_level = ParseTheoryLevel(value.text))) return false;
    }
  }
  return true;
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string PersonJson(const PersonPatch& p) {
  std::vector<std::string> parts;
  if (p.name) parts.push_back("\"name\": " + Quoted(*p.name));
  if (p.sex) parts.push_back("\"sex\": " + Quoted(SexCode(*p.sex)));
  if (p.born_on) parts.push_back("\"born_on\": " + Quoted(p.born_on->ToString()));
  if (p.ethnicity) parts.push_back("\"ethnicity\": " + Quoted(*p.ethnicity));
  if (p.religion) parts.push_back("\"religion\": " + Quoted(*p.religion));
  if (p.education) parts.push_back("\"education\": " + Quoted(*p.education));
  if (p.theory_level)
    parts.push_back("\"theory_level\": " + Quoted(TheoryLevelName(*p.theory_level)));
  if (p.youth_union)
    parts.push_back(std::string("\"youth_union\": ") + (*p.youth_union ? "true" : "false"));
  return "{" + fmt::format("{}", fmt::join(parts, ", ")) + "}";
}

}  // namespace

const Json* Json::Find(std::string_view key) const {
  for (const auto& [name, value] : fields) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::optional<Json> ParseJson(std::string_view text) { return JsonParser(text).Document(); }

std::optional<Event> EventFromJson(const Json& line) {
  Event e;
  const auto type_name = StringField(line, "type");
  const auto date = DateField(line, "date");
  if (!type_name || !date) return std::nullopt;
  const auto type = ParseEventType(*type_name);
  if (!type) return std::nullopt;
  e.type = *type;
  e.date = *date;
  e.doc = StringField(line, "doc").value_or("");
  e.note = StringField(line, "note").value_or("");
  e.org = StringField(line, "org").value_or("");
  e.member = StringField(line, "member").value_or("");
  e.name = StringField(line, "name").value_or("");
  e.sector = StringField(line, "sector").value_or("");
  e.into = StringField(line, "into").value_or("");
  e.to = StringField(line, "to").value_or("");
  e.destination = StringField(line, "destination").value_or("");
  e.parent = StringField(line, "parent");
  if (auto kind = StringField(line, "kind")) {
    const auto parsed = ParseOrgKind(*kind);
    if (!parsed) return std::nullopt;
    e.kind = *parsed;
  }
  if (const Json* orgs = line.Find("orgs")) {
    for (const Json& item : orgs->items) e.orgs.push_back(item.text);
  }
  if (const Json* person = line.Find("person")) {
    if (!ReadPerson(*person, e.person)) return std::nullopt;
  }
  if (auto status = StringField(line, "status")) {
    const auto parsed = ParseMemberStatus(*status);
    if (!parsed) return std::nullopt;
    e.status = *parsed;
  }
  e.admitted_on = DateField(line, "admitted_on");
  e.official_on = DateField(line, "official_on");
  if (auto reason = StringField(line, "reason")) {
    const auto parsed = ParseRemovalReason(*reason);
    if (!parsed) return std::nullopt;
    e.reason = *parsed;
  }
  return e;
}

std::optional<std::vector<Event>> ReadLedger(std::string_view text, size_t* bad_line) {
  std::vector<Event> events;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const auto json = ParseJson(line);
    auto event = json ? EventFromJson(*json) : std::nullopt;
    if (!event) {
      if (bad_line) *bad_line = line_no;
      return std::nullopt;
    }
    event->seq = line_no;
    events.push_back(std::move(*event));
  }
  return events;
}

std::string EventToJsonLine(const Event& e) {
  std::string out = fmt::format("{{\"type\": {}, \"date\": {}", Quoted(EventTypeName(e.type)),
                                Quoted(e.date.ToString()));
  auto field = [&](std::string_view key, const std::string& json) {
    out += fmt::format(", \"{}\": {}", key, json);
  };
  auto optional_date = [](const std::optional<Date>& d) {
    return d ? Quoted(d->ToString()) : std::string("null");
  };
  switch (e.type) {
    case EventType::kOrgEstablished:
      field("org", Quoted(e.org));
      field("name", Quoted(e.name));
      field("kind", Quoted(OrgKindName(e.kind)));
      field("sector", Quoted(e.sector));
      field("parent", e.parent ? Quoted(*e.parent) : "null");
      break;
    case EventType::kOrgRenamed:
      field("org", Quoted(e.org));
      field("name", Quoted(e.name));
      break;
    case EventType::kOrgMoved:
      field("org", Quoted(e.org));
      field("parent", e.parent ? Quoted(*e.parent) : "null");
      break;
    case EventType::kOrgMerged: {
      std::vector<std::string> codes;
      for (const std::string& code : e.orgs) codes.push_back(Quoted(code));
      field("orgs", "[" + fmt::format("{}", fmt::join(codes, ", ")) + "]");
      field("into", Quoted(e.into));
      break;
    }
    case EventType::kOrgDissolved: field("org", Quoted(e.org)); break;
    case EventType::kMemberRegistered:
    case EventType::kMemberTransferredIn:
      field("member", Quoted(e.member));
      field("org", Quoted(e.org));
      field("person", PersonJson(e.person));
      field("status", Quoted(MemberStatusName(e.status)));
      field("admitted_on", optional_date(e.admitted_on));
      field("official_on", optional_date(e.official_on));
      break;
    case EventType::kMemberAdmitted:
      field("member", Quoted(e.member));
      field("org", Quoted(e.org));
      field("person", PersonJson(e.person));
      break;
    case EventType::kMemberTransferred:
      field("member", Quoted(e.member));
      field("to", Quoted(e.to));
      break;
    case EventType::kMemberTransferredOut:
      field("member", Quoted(e.member));
      field("destination", Quoted(e.destination));
      break;
    case EventType::kMemberRemoved:
      field("member", Quoted(e.member));
      field("reason", Quoted(RemovalReasonName(e.reason)));
      break;
    case EventType::kMemberReadmitted:
      field("member", Quoted(e.member));
      field("org", Quoted(e.org));
      break;
    case EventType::kMemberCorrected:
      field("member", Quoted(e.member));
      field("person", PersonJson(e.person));
      break;
    default: field("member", Quoted(e.member)); break;
  }
  if (!e.doc.empty()) field("doc", Quoted(e.doc));
  if (!e.note.empty()) field("note", Quoted(e.note));
  return out + "}";
}

std::string LedgerText(const std::vector<Event>& events) {
  std::string out;
  for (const Event& event : events) out += EventToJsonLine(event) + "\n";
  return out;
}

}  // namespace tochuc::reference
