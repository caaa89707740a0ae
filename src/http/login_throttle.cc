#include "http/login_throttle.h"

namespace tochuc::http {

std::optional<std::chrono::seconds> LoginThrottle::WaitFor(
    std::unordered_map<std::string, Count>& counts, const std::string& key, int limit,
    Clock::time_point now) {
  const auto it = counts.find(key);
  if (it == counts.end()) return std::nullopt;
  const Clock::time_point until = it->second.first + limits_.window;
  if (now >= until) {
    counts.erase(it);
    return std::nullopt;
  }
  if (it->second.failures < limit) return std::nullopt;
  return std::chrono::ceil<std::chrono::seconds>(until - now);
}

std::optional<std::chrono::seconds> LoginThrottle::Wait(const std::string& login,
                                                        const std::string& address) {
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  const auto by_login = WaitFor(by_login_, login, limits_.account_limit, now);
  const auto by_address = WaitFor(by_address_, address, limits_.address_limit, now);
  if (by_login && by_address) return std::max(*by_login, *by_address);
  return by_login ? by_login : by_address;
}

void LoginThrottle::Add(std::unordered_map<std::string, Count>& counts, const std::string& key,
                        Clock::time_point now) {
  Count& count = counts[key];
  if (count.failures == 0 || now >= count.first + limits_.window) count = {0, now};
  ++count.failures;
}

void LoginThrottle::Failed(const std::string& login, const std::string& address) {
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  Add(by_login_, login, now);
  Add(by_address_, address, now);
}

void LoginThrottle::Succeeded(const std::string& login) {
  std::lock_guard lock(mutex_);
  by_login_.erase(login);
}

}  // namespace tochuc::http
