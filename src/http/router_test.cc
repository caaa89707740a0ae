#include "http/router.h"

#include <gtest/gtest.h>

namespace tochuc::http {
namespace {

Handler Answering(unsigned status) {
  return [status](Request&) { return Response{status, "text/plain", "", {}, {}}; };
}

TEST(RouterTest, MatchesLiteralsAndPlaceholders) {
  Router router;
  router.Add("GET", "/api/v1/orgs/{code}", RunOn::kIoThread, Answering(200));
  router.Add("GET", "/api/v1/orgs/{code}/children", RunOn::kIoThread, Answering(201));
  const Router::Match match = router.Find("GET", {"api", "v1", "orgs", "P01", "children"});
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->pattern, "/api/v1/orgs/{code}/children");
  EXPECT_EQ(match.params, std::vector<std::string>{"P01"});
}

TEST(RouterTest, TellsAnUnknownPathFromAnotherMethod) {
  Router router;
  router.Add("GET", "/api/v1/session", RunOn::kIoThread, Answering(200));
  const Router::Match other_method = router.Find("PUT", {"api", "v1", "session"});
  EXPECT_EQ(other_method.route, nullptr);
  EXPECT_TRUE(other_method.path_known);
  const Router::Match unknown = router.Find("GET", {"api", "v1", "sessions"});
  EXPECT_EQ(unknown.route, nullptr);
  EXPECT_FALSE(unknown.path_known);
}

TEST(RouterTest, TheRootIsAPathOfNoSegments) {
  Router router;
  router.Add("GET", "/", RunOn::kIoThread, Answering(200));
  EXPECT_NE(router.Find("GET", {}).route, nullptr);
  EXPECT_EQ(router.Find("GET", {""}).route, nullptr);
}

TEST(RouterTest, APlaceholderNeverMatchesAnEmptySegment) {
  Router router;
  router.Add("GET", "/api/v1/orgs/{code}", RunOn::kIoThread, Answering(200));
  EXPECT_EQ(router.Find("GET", {"api", "v1", "orgs", ""}).route, nullptr);
  EXPECT_EQ(router.Find("GET", {"api", "v1", "orgs"}).route, nullptr);
}

}  // namespace
}  // namespace tochuc::http
