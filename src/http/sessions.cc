#include "http/sessions.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace tochuc::http {
namespace {

constexpr auto kSweepEvery = std::chrono::minutes(1);

void InitSodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium could not be initialized");
}

}  // namespace

std::string RandomToken() {
  InitSodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

Sessions::Sessions(std::chrono::seconds idle, std::chrono::seconds lifetime)
    : idle_(idle), lifetime_(lifetime) {
  InitSodium();
}

std::string Sessions::Digest(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

std::string Sessions::Open(const User& user) {
  std::string token = RandomToken();
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  DropExpired(now);
  by_digest_[Digest(token)] = {{user, RandomToken(), now}, now, now};
  return token;
}

std::optional<Session> Sessions::Touch(std::string_view token) {
  if (token.empty()) return std::nullopt;
  const std::string digest = Digest(token);
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  DropExpired(now);
  const auto it = by_digest_.find(digest);
  if (it == by_digest_.end()) return std::nullopt;
  Entry& entry = it->second;
  if (now - entry.last_seen > idle_ || now - entry.opened > lifetime_) {
    by_digest_.erase(it);
    return std::nullopt;
  }
  entry.last_seen = now;
  return entry.session;
}

void Sessions::Close(std::string_view token) {
  const std::string digest = Digest(token);
  std::lock_guard lock(mutex_);
  by_digest_.erase(digest);
}

void Sessions::MarkChecked(std::string_view token) {
  const std::string digest = Digest(token);
  std::lock_guard lock(mutex_);
  const auto it = by_digest_.find(digest);
  if (it != by_digest_.end()) it->second.session.checked_at = Clock::now();
}

void Sessions::CloseAllOf(std::string_view login) {
  std::lock_guard lock(mutex_);
  std::erase_if(by_digest_,
                [&](const auto& item) { return item.second.session.user.login == login; });
}

void Sessions::DropExpired(Clock::time_point now) {
  if (now < next_sweep_) return;
  next_sweep_ = now + kSweepEvery;
  std::erase_if(by_digest_, [&](const auto& item) {
    return now - item.second.last_seen > idle_ || now - item.second.opened > lifetime_;
  });
}

}  // namespace tochuc::http
