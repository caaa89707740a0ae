// What each role may do and see (domain.md § Confidentiality): the actions a
// role may take inside its user's subtree, and the classes of record fields
// it may read. The app layer checks these for every use case; the HTTP layer
// and the UI only follow.
#pragma once

#include <string_view>

#include "domain/user.h"

namespace tochuc {

enum class Action : uint8_t {
  kReadOrgs,           // the tree, an org, its children
  kReadMembers,        // member lists, records, histories
  kReadReports,        // every report of the CLI
  kRecordMemberEvent,  // member.* ledger events
  kRecordOrgEvent,     // org.* ledger events
  kImportLedger,
  kExportLedger,
  kManageUsers,
};

bool RoleMay(Role role, Action action);

enum class FieldClass : uint8_t {
  kPublic,    // who the member is and where they stand: id, name, org, status, dates of membership
  kPersonal,  // the record reports break down by: sex, birth date, ethnicity, religion, ...
  kConfidential,  // national ID, family, and any person field the format does not name
};

bool RoleSees(Role role, FieldClass field_class);

// The class of a field of a member's record or of an event's `person`
// object. A field this table does not know is confidential: a new field is
// hidden until someone decides otherwise.
FieldClass ClassOfPersonField(std::string_view field);

// Whether the role's scope is its user's whole subtree (admin: the whole
// deployment; member: nothing but their own record).
enum class Scope : uint8_t { kDeployment, kSubtree, kOwnRecord };
Scope ScopeOf(Role role);

}  // namespace tochuc
