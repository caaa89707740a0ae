// A member's record and full history as the viewer may see them: every
// field of a class the role does not see is left out of both (the record's
// own fields and the `person` of each event). A read that shows a
// confidential field is written to the audit log first; if that fails,
// nothing is shown.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string_view>

#include "app/live_read_model.h"
#include "domain/audit_log.h"
#include "domain/ledger_store.h"
#include "domain/user.h"

namespace tochuc::app {

struct MemberRecord {
  boost::json::object record;  // the record as it stands
  boost::json::array history;  // every event naming the member, in effective order
};

// Throws Refusal when the user may not see the member.
MemberRecord ReadMemberRecord(const LiveReadModel& live, LedgerStore& store, AuditLog& audit,
                              const User& user, std::string_view member_id);

}  // namespace tochuc::app
