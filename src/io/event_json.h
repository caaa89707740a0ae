// Mapping between ledger lines (JSON objects, ledger-format.md) and Events.
//
// Reading checks the shape of one line only: required fields present and of
// the right type, known enum names, real dates. Whether the event is allowed
// is the domain's business (LedgerState). Fields the format does not know
// are ignored on reading and kept in the stored line.
#pragma once

#include <boost/json/object.hpp>

#include "domain/event.h"
#include "domain/problem.h"

namespace tochuc::io {

// On success fills *event and returns no problems; otherwise returns one
// problem per bad field (`field` names it, e.g. "person.born_on").
Problems EventFromJson(const boost::json::object& object, Event* event);

// The ledger line for an event, with the fields of its type in the order of
// ledger-format.md.
boost::json::object EventToJson(const Event& event);

}  // namespace tochuc::io
