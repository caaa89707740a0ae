// Passwords: argon2id hashes that verify the password they were made from
// and nothing else, and the policy's reasons in Vietnamese.
#include "app/password.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tochuc::app {
namespace {

using ::testing::Optional;
using ::testing::StartsWith;

TEST(PasswordTest, AHashVerifiesItsPasswordAndNoOther) {
  const std::string hash = HashPassword("mật khẩu dài đủ");
  EXPECT_THAT(hash, StartsWith("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(hash, "mật khẩu dài đủ"));
  EXPECT_FALSE(VerifyPassword(hash, "mật khẩu dài đủ "));
  EXPECT_FALSE(VerifyPassword(hash, "mat khau dai du"));
  EXPECT_FALSE(VerifyPassword(hash, ""));
}

TEST(PasswordTest, TheSamePasswordHashesDifferentlyEachTime) {
  EXPECT_NE(HashPassword("correct horse battery"), HashPassword("correct horse battery"));
}

TEST(PasswordTest, AccentsComposedOrCombiningAreTheSamePassword) {
  const std::string composed = "m\u1EADt kh\u1EA9u m\u1EDBi";  // ậ ẩ ớ precomposed
  const std::string combining =
      "ma\u0323\u0302t kha\u0302\u0309u mo\u031B\u0301i";  // a + dot + hat, ...
  ASSERT_NE(composed, combining);
  EXPECT_TRUE(VerifyPassword(HashPassword(composed), combining));
}

TEST(PasswordTest, WhatIsNotAHashOrNotUtf8NeverVerifies) {
  EXPECT_FALSE(VerifyPassword("", "anything at all"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$m=65536,t=2,p=1$garbage", "anything at all"));
  const std::string hash = HashPassword("valid password");
  EXPECT_FALSE(VerifyPassword(hash, "valid passwor\xFF"));
}

TEST(PasswordTest, ThePolicyCountsCharactersNotBytes) {
  EXPECT_EQ(PasswordRefusal("lan", "đường đi dà"), std::nullopt);  // 11 characters
  EXPECT_THAT(PasswordRefusal("lan", "đường đi"),                  // 8 characters, 13 bytes
              Optional(std::string("mật khẩu phải có ít nhất 10 ký tự")));
  EXPECT_THAT(PasswordRefusal("lan", ""),
              Optional(std::string("mật khẩu phải có ít nhất 10 ký tự")));
}

TEST(PasswordTest, ThePolicyRefusesTheLoginAsPassword) {
  EXPECT_THAT(PasswordRefusal("nguyen.van.duc", "Nguyen.Van.Duc"),
              Optional(std::string("mật khẩu không được trùng với tên đăng nhập")));
  EXPECT_EQ(PasswordRefusal("nguyen.van.duc", "nguyen.van.duc!"), std::nullopt);
}

TEST(PasswordTest, ThePolicyRefusesInvalidUtf8) {
  EXPECT_THAT(PasswordRefusal("lan", "abcdefghij\xC3"),
              Optional(std::string("mật khẩu phải là văn bản UTF-8 hợp lệ")));
}

}  // namespace
}  // namespace tochuc::app
