// Checking a sign-in: the user with this login and password, when both are
// right and the user is not disabled. Why it failed is not told, to anyone:
// an unknown login costs the same password hash as a wrong password, so
// neither the answer nor its timing tells which logins exist.
//
// Hashing takes about 0.1 s and 64 MiB: call from a worker thread.
#pragma once

#include <optional>
#include <string_view>

#include "domain/user_store.h"

namespace tochuc::app {

std::optional<User> CheckSignIn(UserStore& users, std::string_view login,
                                std::string_view password);

}  // namespace tochuc::app
