// Problem: why an input was refused, for people (`message`) and for programs
// (`code`), pointing at the field concerned ("person.born_on", "to").
//
// Expected failures are values: functions that validate return Problems, and
// an empty list means accepted.
#pragma once

#include <string>
#include <vector>

namespace tochuc {

enum class ProblemCode {
  kMalformed,  // not JSON, not UTF-8, wrong type or shape
  kMissingField,
  kInvalidValue,  // an unknown enum name, an impossible date
  kUnknownOrg,
  kUnknownMember,
  kDuplicate,  // an id already in use
  kBeforeExistence,
  kRuleBroken,  // a rule of the rule set or of the state machine
};

struct Problem {
  ProblemCode code = ProblemCode::kRuleBroken;
  std::string field;
  std::string message;
  std::string subject;  // the org code or member id concerned, if any
  // The same reason in Vietnamese, for the people using the web UI; empty
  // where none is written yet (then `message` stands).
  std::string vi = {};
};

using Problems = std::vector<Problem>;

}  // namespace tochuc
