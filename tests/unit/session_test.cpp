// cli/session: where the cache of parsed files is, from the environment.
#include "cli/session.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

namespace accords::cli {
namespace {
namespace fs = std::filesystem;

TEST(DefaultCacheDirectory, FollowsTheEnvironment) {
  EXPECT_EQ(default_cache_directory("/c", "/x", "/h"), fs::path("/c"));
  EXPECT_EQ(default_cache_directory("", "/x", "/h"), fs::path("/x/accords"));
  EXPECT_EQ(default_cache_directory(std::nullopt, "/x", "/h"), fs::path("/x/accords"));
  EXPECT_EQ(default_cache_directory(std::nullopt, "relative", "/h"), fs::path("/h/.cache/accords"));
  EXPECT_EQ(default_cache_directory(std::nullopt, "", "/h"), fs::path("/h/.cache/accords"));
  EXPECT_EQ(default_cache_directory(std::nullopt, std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(default_cache_directory(std::nullopt, std::nullopt, ""), std::nullopt);
}

} // namespace
} // namespace accords::cli
