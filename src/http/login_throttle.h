// LoginThrottle: slows password guessing. After `account_limit` failed
// sign-ins for one login, or `address_limit` from one address, within
// `window`, further attempts for it are refused until the window since the
// first of those failures has passed. A success clears the login's count.
// Kept in memory; thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace tochuc::http {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  struct Limits {
    int account_limit = 5;
    int address_limit = 20;
    std::chrono::seconds window{15 * 60};
  };
  explicit LoginThrottle(Limits limits) : limits_(limits) {}

  // How long until an attempt for this login from this address may be
  // made; nullopt when it may be made now.
  std::optional<std::chrono::seconds> Wait(const std::string& login, const std::string& address);
  void Failed(const std::string& login, const std::string& address);
  void Succeeded(const std::string& login);

 private:
  struct Count {
    int failures = 0;
    Clock::time_point first;
  };
  std::optional<std::chrono::seconds> WaitFor(std::unordered_map<std::string, Count>& counts,
                                              const std::string& key, int limit,
                                              Clock::time_point now);
  void Add(std::unordered_map<std::string, Count>& counts, const std::string& key,
           Clock::time_point now);

  Limits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Count> by_login_, by_address_;
};

}  // namespace tochuc::http
