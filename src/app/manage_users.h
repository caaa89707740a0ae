// Managing users: adding one, changing a password, disabling one.
//
// Each use case checks its input and returns what is wrong as Problems, with
// the field concerned ("login", "password", "role", "org", "member"); an
// empty list means done. A change is written with its audit entry (action
// "user.added", "user.password_changed" or "user.disabled"; subject the
// login; a detail that never holds the password or its hash) in one
// transaction.
//
// Whether an org or a member exists is the caller's read model's to say: the
// use cases ask through KnownRecords and hold no SQL.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "domain/problem.h"
#include "domain/user_store.h"

namespace tochuc::app {

struct KnownRecords {
  std::function<bool(std::string_view code)> org_exists;
  std::function<bool(std::string_view id)> member_exists;
};

struct NewUser {
  std::string login;     // 3 to 64 of a-z 0-9 . _ -
  std::string password;  // as typed; only its hash is kept
  std::string role;      // "admin", "staff", "clerk", "inspector" or "member"
  std::string org;       // the code of the organization the user is attached to
  std::string member;    // the member's id: for role "member" only, and then required
};

// Adds the user, recorded as done by `actor`. Hashes the password only once
// everything else is accepted (it takes a tenth of a second).
Problems AddUser(UserStore& users, const NewUser& user, const KnownRecords& known,
                 std::string_view actor);

// Gives the user `login` a new password (disabled or not).
Problems ChangePassword(UserStore& users, std::string_view login, std::string_view password,
                        std::string_view actor);

// Disables the user `login`: they can no longer sign in. Refused when they
// are disabled already.
Problems DisableUser(UserStore& users, std::string_view login, std::string_view actor);

}  // namespace tochuc::app
