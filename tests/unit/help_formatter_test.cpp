// cli/help_formatter: help text wrapped to 80 columns.
#include "cli/help_formatter.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace accords::cli {
namespace {

TEST(WrapHelp, ShortLinesAreKept) {
  EXPECT_EQ(wrap_help("Usage: accords list [OPTIONS]\n\nOptions:\n"), "Usage: accords list [OPTIONS]\n\nOptions:\n");
  EXPECT_EQ(wrap_help("no newline at the end"), "no newline at the end");
  EXPECT_EQ(wrap_help(""), "");
}

TEST(WrapHelp, AnOptionsDescriptionContinuesUnderItself) {
  const std::string row = "  --format FORMAT     table, tsv, csv, json, ndjson, markdown, ics, timelinejs (default: "
                          "table)\n";
  EXPECT_EQ(wrap_help(row, 60), "  --format FORMAT     table, tsv, csv, json, ndjson,\n"
                                "                      markdown, ics, timelinejs (default:\n"
                                "                      table)\n");
}

TEST(WrapHelp, AParagraphContinuesAtItsOwnIndent) {
  EXPECT_EQ(wrap_help("Data comes from every --data given, else the built-in timelines.\n", 30),
            "Data comes from every --data\ngiven, else the built-in\ntimelines.\n");
  EXPECT_EQ(wrap_help("  an indented paragraph of several words\n", 20),
            "  an indented\n  paragraph of\n  several words\n");
}

TEST(WrapHelp, AWordWiderThanTheRoomStaysWhole) {
  EXPECT_EQ(wrap_help("see https://example.org/a/very/long/address/indeed now\n", 20),
            "see\nhttps://example.org/a/very/long/address/indeed\nnow\n");
}

TEST(WrapHelp, RunsOfBlankLinesBecomeOne) {
  EXPECT_EQ(wrap_help("Options:\n  -h\n\n\nFilters:\n\n\n\n  --on\n"), "Options:\n  -h\n\nFilters:\n\n  --on\n");
}

TEST(WrapHelp, MeasuresDisplayColumns) {
  // 20 characters of two bytes each fit in 20 columns.
  std::string accented;
  for (int i = 0; i < 10; ++i) {
    accented += "\xC3\xA9\xC3\xA9 "; // "éé "
  }
  for (const auto& line : util::split(wrap_help(accented + "\n", 20), '\n')) {
    EXPECT_LE(util::display_width(line), 20U) << line;
  }
}

} // namespace
} // namespace accords::cli
