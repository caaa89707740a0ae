// The fields each event type takes (ledger-format.md), for input that must
// not carry anything else: an event recorded through the API, where an
// unknown field is far more often a typo than an extension. (A ledger file
// may carry extra fields, and keeps them.)
//
// A `person` may carry, beyond the fields of the format, the record's
// confidential fields (domain/access_policy.h): national_id, family.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

namespace tochuc::io {

// The paths of the fields the event's type does not take ("nickname",
// "person.shoe_size"); empty when there are none or the type is unknown
// (EventFromJson reports that).
std::vector<std::string> UnknownEventFields(const boost::json::object& event);

}  // namespace tochuc::io
