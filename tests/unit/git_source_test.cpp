// cli/git_source: how git:REV[:PATH] is read from the command line.
#include "cli/git_source.hpp"

#include "cli/exit_status.hpp"

#include <gtest/gtest.h>

namespace accords::cli {
namespace {

TEST(ParseGitPath, AnythingElseIsNotAGitPath) {
  EXPECT_FALSE(parse_git_path("timelines"));
  EXPECT_FALSE(parse_git_path("./git:HEAD"));
  EXPECT_FALSE(parse_git_path("-"));
  EXPECT_FALSE(parse_git_path("GIT:HEAD"));
}

TEST(ParseGitPath, TheRevisionEndsAtTheFirstColon) {
  const auto whole = parse_git_path("git:HEAD~1");
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->revision, "HEAD~1");
  EXPECT_EQ(whole->path, "");
  EXPECT_EQ(git_path_name(*whole), "git:HEAD~1");

  const auto file = parse_git_path("git:v1.0:timelines/a:b.yaml");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->revision, "v1.0");
  EXPECT_EQ(file->path, "timelines/a:b.yaml");
  EXPECT_EQ(git_path_name(*file), "git:v1.0:timelines/a:b.yaml");

  const auto here = parse_git_path("git:HEAD:./");
  ASSERT_TRUE(here);
  EXPECT_EQ(here->path, "./");
}

TEST(ParseGitPath, ARevisionThatGitWouldReadAsAnOptionIsRefused) {
  EXPECT_THROW((void)parse_git_path("git:--output=x:file.yaml"), UsageError);
  EXPECT_THROW((void)parse_git_path("git:-p"), UsageError);
  EXPECT_THROW((void)parse_git_path("git::file.yaml"), UsageError);
  EXPECT_THROW((void)parse_git_path("git:"), UsageError);
}

} // namespace
} // namespace accords::cli
