// render/table_layout: how the event table shares the terminal's width.
#include "render/table_layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::render {
namespace {

using Widths = std::vector<std::size_t>;
using Items = std::vector<std::string>;

TEST(PlanColumnWidths, NaturalWidthsWhenTheyFitOrWithoutLimit) {
  const std::vector<ColumnNeeds> columns{{Field::date, 10, 4}, {Field::title, 30, 5}};
  EXPECT_EQ(plan_column_widths(columns, 0), (Widths{10, 30}));
  EXPECT_EQ(plan_column_widths(columns, 42), (Widths{10, 30}));
  EXPECT_EQ(plan_column_widths(columns, 100), (Widths{10, 30}));
}

TEST(PlanColumnWidths, TheHeaderIsTheLeastAColumnTakes) {
  EXPECT_EQ(plan_column_widths({{Field::parties, 2, 7}, {Field::title, 1, 5}}, 0), (Widths{7, 5}));
}

TEST(PlanColumnWidths, ListsAreCappedBeforeTheTitleShrinks) {
  // 10 + 40 + 40 + 4 = 94 > 80: the parties go to 16 and the title keeps 40 (and gives 10 back).
  const std::vector<ColumnNeeds> columns{{Field::date, 10, 4}, {Field::parties, 40, 7}, {Field::title, 40, 5}};
  EXPECT_EQ(plan_column_widths(columns, 80), (Widths{10, 26, 40}));
  // At 60 the title goes down to what is left: 60 - 10 - 16 - 4 = 30.
  EXPECT_EQ(plan_column_widths(columns, 60), (Widths{10, 16, 30}));
}

TEST(PlanColumnWidths, FixedColumnsAreLeftOutRatherThanCut) {
  const std::vector<ColumnNeeds> columns{
      {Field::date, 10, 4}, {Field::end, 10, 3}, {Field::treaty, 15, 6}, {Field::type, 12, 4}, {Field::title, 50, 5}};
  // 10 + 10 + 15 + 12 + 16 + 8 = 71: everything at the title's floor.
  EXPECT_EQ(plan_column_widths(columns, 71), (Widths{10, 10, 15, 12, 16}));
  // One column less: the end goes first, and the title has 70 - 10 - 15 - 12 - 6 = 27.
  EXPECT_EQ(plan_column_widths(columns, 70), (Widths{10, 0, 15, 12, 27}));
  // Then the treaty, then the type.
  EXPECT_EQ(plan_column_widths(columns, 55), (Widths{10, 0, 0, 12, 29}));
  EXPECT_EQ(plan_column_widths(columns, 30), (Widths{10, 0, 0, 0, 18}));
  // The date and the title stay: the title takes what is left, down to one column.
  EXPECT_EQ(plan_column_widths(columns, 14), (Widths{10, 0, 0, 0, 2}));
  EXPECT_EQ(plan_column_widths(columns, 5), (Widths{10, 0, 0, 0, 1}));
}

TEST(ColumnRole, ByField) {
  EXPECT_EQ(column_role(Field::date), ColumnRole::fixed);
  EXPECT_EQ(column_role(Field::treaty), ColumnRole::fixed);
  EXPECT_EQ(column_role(Field::parties), ColumnRole::list);
  EXPECT_EQ(column_role(Field::sources), ColumnRole::text);
  EXPECT_EQ(column_role(Field::notes), ColumnRole::text);
  EXPECT_EQ(column_role(Field::title), ColumnRole::title);
}

TEST(SummariseList, AllWhenTheyFit) {
  EXPECT_EQ(summarise_list({"IL", "AE", "BH"}, 10), "IL, AE, BH");
  EXPECT_EQ(summarise_list({}, 3), "");
}

TEST(SummariseList, AsManyAsFitWithTheCountOfTheRest) {
  const Items items{"BE", "BG", "CZ", "DK", "DE", "EE", "IE", "GR", "ES", "FR", "HR", "IT", "CY", "LV",
                    "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE"};
  EXPECT_EQ(summarise_list(items, 10), "BE, BG +25");
  EXPECT_EQ(summarise_list(items, 9), "BE +26");
  EXPECT_EQ(summarise_list({"IL", "AE", "BH"}, 9), "IL, AE +1");
  EXPECT_EQ(summarise_list({"IL", "AE", "BH"}, 5), "IL +2");
}

TEST(SummariseList, ALongFirstItemIsShortened) {
  EXPECT_EQ(summarise_list({"EU-PARLIAMENT", "IL"}, 8), "EU-P… +1");
  EXPECT_EQ(summarise_list({"EU-PARLIAMENT"}, 5), "EU-P…");
}

} // namespace
} // namespace accords::render
