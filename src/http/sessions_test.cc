#include "http/sessions.h"

#include <gtest/gtest.h>

#include <thread>

#include "http/login_throttle.h"

namespace tochuc::http {
namespace {

User Clerk() { return User{1, "clerk1", "", Role::kClerk, "X01", "", false}; }

TEST(SessionsTest, ASessionLivesUntilClosed) {
  Sessions sessions(std::chrono::seconds(60), std::chrono::seconds(600));
  const std::string token = sessions.Open(Clerk());
  const std::optional<Session> session = sessions.Touch(token);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->user.login, "clerk1");
  EXPECT_GE(session->csrf_token.size(), 40u);
  EXPECT_NE(session->csrf_token, token);
  sessions.Close(token);
  EXPECT_FALSE(sessions.Touch(token));
}

TEST(SessionsTest, UnknownAndEmptyTokensAreNoSession) {
  Sessions sessions(std::chrono::seconds(60), std::chrono::seconds(600));
  sessions.Open(Clerk());
  EXPECT_FALSE(sessions.Touch(""));
  EXPECT_FALSE(sessions.Touch("not-a-token"));
}

TEST(SessionsTest, IdleSessionsExpire) {
  Sessions sessions(std::chrono::seconds(1), std::chrono::seconds(600));
  const std::string token = sessions.Open(Clerk());
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  EXPECT_FALSE(sessions.Touch(token));
}

TEST(SessionsTest, DisablingAUserEndsAllTheirSessions) {
  Sessions sessions(std::chrono::seconds(60), std::chrono::seconds(600));
  const std::string first = sessions.Open(Clerk());
  const std::string second = sessions.Open(Clerk());
  sessions.CloseAllOf("clerk1");
  EXPECT_FALSE(sessions.Touch(first));
  EXPECT_FALSE(sessions.Touch(second));
}

TEST(LoginThrottleTest, BlocksALoginAfterTheLimitAndASuccessClearsIt) {
  LoginThrottle throttle(
      {.account_limit = 3, .address_limit = 100, .window = std::chrono::seconds(60)});
  for (int attempt = 0; attempt < 2; ++attempt) throttle.Failed("a", "10.0.0.1");
  EXPECT_FALSE(throttle.Wait("a", "10.0.0.1"));
  throttle.Failed("a", "10.0.0.2");
  const auto wait = throttle.Wait("a", "10.0.0.3");
  ASSERT_TRUE(wait);
  EXPECT_GT(wait->count(), 0);
  EXPECT_FALSE(throttle.Wait("b", "10.0.0.3"));
  throttle.Succeeded("a");
  EXPECT_FALSE(throttle.Wait("a", "10.0.0.1"));
}

TEST(LoginThrottleTest, BlocksAnAddressTryingManyLogins) {
  LoginThrottle throttle(
      {.account_limit = 100, .address_limit = 3, .window = std::chrono::seconds(60)});
  throttle.Failed("a", "10.0.0.9");
  throttle.Failed("b", "10.0.0.9");
  throttle.Failed("c", "10.0.0.9");
  EXPECT_TRUE(throttle.Wait("d", "10.0.0.9"));
  EXPECT_FALSE(throttle.Wait("d", "10.0.0.8"));
}

}  // namespace
}  // namespace tochuc::http
