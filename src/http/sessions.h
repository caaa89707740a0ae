// Sessions: who is signed in, kept in memory (a restart signs everyone
// out). A session is named by a random token sent as an HttpOnly cookie and
// carries its own CSRF token, which every state-changing request must echo
// in the X-CSRF-Token header. A session ends at logout, after `idle` without
// a request, or `lifetime` after sign-in, whichever comes first; and when
// its user is disabled.
//
// Tokens are kept only as their hashes, so the table cannot be used to
// impersonate anyone. Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/user.h"

namespace tochuc::http {

struct Session {
  User user;
  std::string csrf_token;
  // When the user was last read from the database (see MarkChecked): a
  // user disabled from the command line is signed out within a while.
  std::chrono::steady_clock::time_point checked_at;
};

class Sessions {
 public:
  using Clock = std::chrono::steady_clock;
  Sessions(std::chrono::seconds idle, std::chrono::seconds lifetime);

  // Signs the user in; returns the new session's token.
  std::string Open(const User& user);
  // The live session with this token, its idle timer restarted; nullopt
  // for an unknown, ended or expired token.
  std::optional<Session> Touch(std::string_view token);
  void Close(std::string_view token);
  // The session's user was found unchanged in the database just now.
  void MarkChecked(std::string_view token);
  // Ends every session of the login (disabled, password changed).
  void CloseAllOf(std::string_view login);

 private:
  struct Entry {
    Session session;
    Clock::time_point opened, last_seen;
  };
  static std::string Digest(std::string_view token);
  void DropExpired(Clock::time_point now);  // REQUIRES: mutex_ held

  const std::chrono::seconds idle_, lifetime_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> by_digest_;
  Clock::time_point next_sweep_{};
};

// A random token of 32 bytes, URL-safe base64 (for sessions and CSRF).
std::string RandomToken();

}  // namespace tochuc::http
