#include "io/event_fields.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace tochuc::io {
namespace {

using Fields = std::vector<std::string_view>;

struct TypeFields {
  std::string_view type;
  Fields fields;
};

const std::vector<TypeFields>& FieldsByType() {
  static const std::vector<TypeFields> table = {
      {"org.established", {"org", "name", "kind", "sector", "parent"}},
      {"org.renamed", {"org", "name"}},
      {"org.moved", {"org", "parent"}},
      {"org.merged", {"orgs", "into"}},
      {"org.dissolved", {"org"}},
      {"member.registered", {"member", "org", "person", "status", "admitted_on", "official_on"}},
      {"member.admitted", {"member", "org", "person"}},
      {"member.recognized_official", {"member"}},
      {"member.probation_removed", {"member"}},
      {"member.transferred", {"member", "to"}},
      {"member.transferred_out", {"member", "destination"}},
      {"member.transferred_in",
       {"member", "org", "person", "status", "admitted_on", "official_on"}},
      {"member.exempted", {"member"}},
      {"member.exemption_ended", {"member"}},
      {"member.removed", {"member", "reason"}},
      {"member.expelled", {"member"}},
      {"member.died", {"member"}},
      {"member.readmitted", {"member", "org"}},
      {"member.corrected", {"member", "person"}},
  };
  return table;
}

constexpr std::array<std::string_view, 4> kCommonFields = {"type", "date", "doc", "note"};
constexpr std::array<std::string_view, 10> kPersonFields = {
    "name",      "sex",          "born_on",     "ethnicity",   "religion",
    "education", "theory_level", "youth_union", "national_id", "family"};

template <typename List>
bool Has(const List& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

}  // namespace

std::vector<std::string> UnknownEventFields(const boost::json::object& event) {
  std::vector<std::string> unknown;
  const auto type = event.if_contains("type");
  if (!type || !type->is_string()) return unknown;
  const auto& table = FieldsByType();
  const auto entry = std::find_if(table.begin(), table.end(), [&](const TypeFields& t) {
    return t.type == std::string_view(type->get_string());
  });
  if (entry == table.end()) return unknown;
  for (const auto& [key, value] : event) {
    if (Has(kCommonFields, key) || Has(entry->fields, key)) continue;
    unknown.emplace_back(key);
  }
  const auto person = event.if_contains("person");
  if (person && person->is_object() && Has(entry->fields, "person")) {
    for (const auto& [key, value] : person->get_object()) {
      if (!Has(kPersonFields, key)) unknown.push_back("person." + std::string(key));
    }
  }
  return unknown;
}

}  // namespace tochuc::io
