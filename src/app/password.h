// Passwords: argon2id hashes in libsodium's string form (the algorithm, its
// limits and the salt travel inside the string), and the policy a new
// password must meet.
//
// A password is taken in NFC before it is hashed or checked, so one typed
// with precomposed accents and one typed with combining accents ("mật khẩu"
// from different keyboards) are the same password.
//
// Thread-safe. Hashing and verifying each take about 0.1 s and 64 MiB
// (libsodium's "interactive" limits): a server runs them off its I/O threads
// and limits how many run at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tochuc::app {

// The hash to store for `password`, salted at random: two calls differ.
// REQUIRES: PasswordRefusal accepted the password (it is valid UTF-8).
// Throws std::runtime_error when the memory for hashing cannot be had.
std::string HashPassword(std::string_view password);

// True when `password` is the one `hash` was made from. False otherwise,
// also when `hash` is not a libsodium argon2id string or `password` is not
// valid UTF-8.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Why `password` may not be the password of `login`, in Vietnamese for the
// person choosing it; nullopt when it may: valid UTF-8, at least 10
// characters (not bytes: "đ" is one), not the login itself in any case.
std::optional<std::string> PasswordRefusal(std::string_view login, std::string_view password);

}  // namespace tochuc::app
