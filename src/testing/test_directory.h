// A fresh, empty directory for the test that is running, named by the
// process and the test so that parallel runs never share one. The fixture
// removes it in its TearDown.
#pragma once

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string_view>

namespace tochuc::testing {

inline std::filesystem::path FreshTestDirectory(std::string_view purpose) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      fmt::format("tochuc-{}-{}-{}", purpose, ::getpid(),
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace tochuc::testing
