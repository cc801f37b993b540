#include "edit/csv_reader.hpp"

#include <gtest/gtest.h>

namespace accords::edit {
namespace {

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineEnds) {
  const auto table = read_csv("id,title\r\na,\"x, \"\"y\"\"\nz\"\r\nb,\n");
  ASSERT_FALSE(table.error);
  ASSERT_EQ(table.rows.size(), 3U);
  EXPECT_EQ(table.rows[1][1].text, "x, \"y\"\nz");
  EXPECT_EQ(table.rows[1][1].line, 2);
  EXPECT_EQ(table.rows[1][1].column, 3);
  EXPECT_EQ(table.rows[2][0].line, 4);
  ASSERT_EQ(table.rows[2].size(), 2U);
  EXPECT_EQ(table.rows[2][1].text, "");
}

TEST(CsvReader, ALastLineWithoutALineEndIsARow) {
  const auto table = read_csv("a,b\nc,d");
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[1][1].text, "d");
}

TEST(CsvReader, ReportsAQuoteLeftOpenWhereItStarts) {
  const auto table = read_csv("a,b\nc,\"open\n");
  ASSERT_TRUE(table.error);
  EXPECT_EQ(table.error->line, 2);
  EXPECT_EQ(table.error->column, 3);
}

TEST(CsvReader, ReportsAStrayQuote) {
  const auto inside = read_csv("a,b\"c\n");
  ASSERT_TRUE(inside.error);
  EXPECT_EQ(inside.error->column, 4);
  const auto after = read_csv("\"a\"b\n");
  ASSERT_TRUE(after.error);
  EXPECT_EQ(after.error->column, 4);
}

TEST(CsvReader, SkipsAByteOrderMarkAndCountsColumnsAfterIt) {
  // Excel's "CSV UTF-8" starts with one.
  const auto table = read_csv("\xEF\xBB\xBF"
                              "date,\"title\"\n2020,\xEF\xBB\xBFx\n");
  ASSERT_FALSE(table.error);
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0][0].text, "date");
  EXPECT_EQ(table.rows[0][0].column, 1);
  EXPECT_EQ(table.rows[0][1].text, "title");
  EXPECT_EQ(table.rows[0][1].column, 6);
  EXPECT_EQ(table.rows[1][1].text, "\xEF\xBB\xBFx") << "only the mark that starts the text is skipped";
  const auto quoted = read_csv("\xEF\xBB\xBF\"a\"\n");
  ASSERT_FALSE(quoted.error);
  EXPECT_EQ(quoted.rows[0][0].text, "a");
}

} // namespace
} // namespace accords::edit
