// Refusal: a use case that will not do what was asked, and why, in
// Vietnamese for the person asking. The HTTP layer turns each kind into its
// status; the CLI into its exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace tochuc::app {

enum class RefusalKind : uint8_t {
  kNotAllowed,  // the role may not do this at all
  kNotFound,    // no such thing, or none the user may see (the same answer, on purpose)
  kInvalid,     // the request itself is wrong (a field, a value)
  kBusy,        // not now: a long write (an import, a replay) is in progress
  kConflict,    // someone else changed it since it was read: read again, then retry
};

class Refusal : public std::runtime_error {
 public:
  Refusal(RefusalKind kind, std::string field, const std::string& message)
      : std::runtime_error(message), kind_(kind), field_(std::move(field)) {}
  RefusalKind kind() const { return kind_; }
  const std::string& field() const { return field_; }

 private:
  RefusalKind kind_;
  std::string field_;
};

}  // namespace tochuc::app
