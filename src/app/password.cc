#include "app/password.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <stdexcept>

#include "text/utf8.h"
#include "text/vietnamese_text.h"

namespace tochuc::app {
namespace {

constexpr size_t kMinimumCharacters = 10;

// libsodium asks for sodium_init() before anything else (it picks the
// fastest code for the CPU); once per process.
void InitSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialized");
  });
}

bool IsUtf8(std::string_view text) { return !text::FirstInvalidUtf8(text).has_value(); }

size_t CodePoints(std::string_view utf8) {
  // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

bool EqualIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lower = [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    return lower(x) == lower(y);
  });
}

}  // namespace

std::string HashPassword(std::string_view password) {
  InitSodium();
  const std::string normalized = text::NormalizeNfc(password);
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), normalized.data(), normalized.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("not enough memory to hash a password");
  }
  return hash.data();
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  InitSodium();
  // NFC would turn invalid bytes into U+FFFD, making different inputs equal.
  if (!IsUtf8(password)) return false;
  const std::string normalized = text::NormalizeNfc(password);
  const std::string terminated(hash);  // libsodium reads a C string
  return crypto_pwhash_str_verify(terminated.c_str(), normalized.data(), normalized.size()) == 0;
}

std::optional<std::string> PasswordRefusal(std::string_view login, std::string_view password) {
  if (!IsUtf8(password)) return "mật khẩu phải là văn bản UTF-8 hợp lệ";
  if (CodePoints(text::NormalizeNfc(password)) < kMinimumCharacters) {
    return fmt::format("mật khẩu phải có ít nhất {} ký tự", kMinimumCharacters);
  }
  if (EqualIgnoringAsciiCase(password, login)) {
    return "mật khẩu không được trùng với tên đăng nhập";
  }
  return std::nullopt;
}

}  // namespace tochuc::app
