// Short constructors for events in tests (test-only; not part of the domain
// library). Dates are "YYYY-MM-DD" strings and must be valid.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/event.h"

namespace tochuc::testing {

inline Date D(const char* text) { return *Date::Parse(text); }

inline PersonPatch APerson(const char* born_on = "1990-01-01", Sex sex = Sex::kMale,
                           std::string name = "Nguyễn Văn An") {
  PersonPatch p;
  p.name = std::move(name);
  p.sex = sex;
  p.born_on = D(born_on);
  p.ethnicity = "Kinh";
  p.religion = "none";
  p.education = "12/12";
  p.theory_level = TheoryLevel::kElementary;
  p.youth_union = true;
  return p;
}

inline Event Base(EventType type, const char* date) {
  Event e;
  e.type = type;
  e.date = D(date);
  return e;
}

inline Event Established(const char* date, std::string org, OrgKind kind,
                         std::optional<std::string> parent, std::string sector = "xa") {
  Event e = Base(EventType::kOrgEstablished, date);
  e.org = std::move(org);
  e.name = "Tổ chức " + e.org;
  e.kind = kind;
  e.sector = std::move(sector);
  e.parent = std::move(parent);
  return e;
}

inline Event Moved(const char* date, std::string org, std::string parent) {
  Event e = Base(EventType::kOrgMoved, date);
  e.org = std::move(org);
  e.parent = std::move(parent);
  return e;
}

inline Event Merged(const char* date, std::vector<std::string> orgs, std::string into) {
  Event e = Base(EventType::kOrgMerged, date);
  e.orgs = std::move(orgs);
  e.into = std::move(into);
  return e;
}

inline Event OrgOnly(EventType type, const char* date, std::string org) {
  Event e = Base(type, date);
  e.org = std::move(org);
  return e;
}

inline Event Registered(const char* date, std::string member, std::string org,
                        MemberStatus status = MemberStatus::kOfficial,
                        const char* admitted_on = "2010-01-01",
                        std::optional<const char*> official_on = "2011-01-01",
                        PersonPatch person = APerson()) {
  Event e = Base(EventType::kMemberRegistered, date);
  e.member = std::move(member);
  e.org = std::move(org);
  e.person = std::move(person);
  e.status = status;
  e.admitted_on = D(admitted_on);
  if (status == MemberStatus::kOfficial && official_on) e.official_on = D(*official_on);
  return e;
}

inline Event Admitted(const char* date, std::string member, std::string org,
                      PersonPatch person = APerson()) {
  Event e = Base(EventType::kMemberAdmitted, date);
  e.member = std::move(member);
  e.org = std::move(org);
  e.person = std::move(person);
  return e;
}

inline Event OfMember(EventType type, const char* date, std::string member) {
  Event e = Base(type, date);
  e.member = std::move(member);
  return e;
}

inline Event Transferred(const char* date, std::string member, std::string to) {
  Event e = OfMember(EventType::kMemberTransferred, date, std::move(member));
  e.to = std::move(to);
  return e;
}

inline Event Readmitted(const char* date, std::string member, std::string org) {
  Event e = OfMember(EventType::kMemberReadmitted, date, std::move(member));
  e.org = std::move(org);
  return e;
}

// Numbers events in the given order (their recording order).
inline std::vector<Event> Numbered(std::vector<Event> events) {
  for (size_t idx = 0; idx < events.size(); ++idx) events[idx].seq = idx + 1;
  return events;
}

}  // namespace tochuc::testing
