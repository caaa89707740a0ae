// Errors as RFC 9457 problem details (`application/problem+json`): a machine
// `type` ("/problems/not-found"), a precise Vietnamese `title`, the status,
// and for refused input the field concerned and why, one entry each.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/problem.h"
#include "http/message.h"

namespace tochuc::http {

struct FieldError {
  std::string field;            // "person.born_on", "line 3: date", ...
  std::string message;          // why, in Vietnamese where the reason has it
  std::string message_en = {};  // the same in English, as the CLI gives it (when different)
};

// `type` is the last part of the type URI, e.g. "not-found".
Response ProblemResponse(unsigned status, std::string_view type, std::string_view title,
                         const std::vector<FieldError>& errors = {});

// A refused input's problem as the API shows it: the reason in Vietnamese
// where it has one, the English beside it.
FieldError FieldErrorOf(const Problem& problem);
// The same as a JSON object ({field, message, message_en}).
boost::json::object FieldErrorJson(const FieldError& error);

// Input the domain refused (Problems from validation), as 422.
Response RefusedResponse(std::string_view title, const Problems& problems);

}  // namespace tochuc::http
