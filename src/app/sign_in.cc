#include "app/sign_in.h"

#include "app/password.h"

namespace tochuc::app {
namespace {

// The hash an unknown login is checked against: of a password nobody knows.
const std::string& DecoyHash() {
  static const std::string hash = HashPassword("decoy: no user has this password");
  return hash;
}

}  // namespace

std::optional<User> CheckSignIn(UserStore& users, std::string_view login,
                                std::string_view password) {
  std::optional<User> user = users.FindUser(login);
  const bool password_ok = VerifyPassword(user ? user->password_hash : DecoyHash(), password);
  if (!user || !password_ok || user->disabled) return std::nullopt;
  return user;
}

}  // namespace tochuc::app
