// render/grid: rows of plain cells as an aligned terminal grid or TSV lines.
#include "render/grid.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

TEST(Grid, StylesOnlyTheStyledCellsAndLeavesNoTrailingBlanks) {
  const std::vector<std::vector<GridCell>> rows{{{"one", "\x1b[32m"}, {"", {}}}, {{"x", {}}, {"two", {}}}};
  std::ostringstream out;
  GridOptions options;
  options.color = true;
  options.header = false;
  write_grid(out, {"a", "b"}, rows, {}, options);
  EXPECT_EQ(out.str(), "\x1b[32mone\x1b[0m\n"
                       "x    two\n");
}

TEST(Grid, TakesTheStepsInOrderEachOnlyAsFarAsNeeded) {
  const std::vector<std::vector<GridCell>> rows{{{"abcdef", {}}, {"ghijkl", {}}, {"mnopqr", {}}}};
  GridOptions options;
  options.header = false;
  options.width = 12; // 6 + 6 + 6 + 2 * 2 = 22 wide
  std::ostringstream out;
  // c down to 4 (20), a down to 3 (17), c again down to 1 (14), b down to 4 (12).
  write_grid(out, {"a", "b", "c"}, rows, {{2, 4}, {0, 3}, {2, 1}, {1, 1}, {0, 1}}, options);
  EXPECT_EQ(out.str(), "ab…  ghi…  …\n");
}

TEST(Grid, StaysWiderThanTheTerminalWhenTheStepsRunOut) {
  GridOptions options;
  options.width = 5;
  std::ostringstream out;
  write_grid(out, {"alpha", "beta"}, {{{"abcdef", {}}, {"ghijkl", {}}}}, {{1, 1}}, options);
  // 6 + 2 + 6 = 14 wide: beta down to 1 (9), and no step for alpha.
  EXPECT_EQ(out.str(), "alpha   …\n"
                       "abcdef  …\n");
}

TEST(Grid, TsvRowReplacesTabsAndLineBreaks) {
  std::ostringstream out;
  write_tsv_row(out, {"a\tb", "c\nd\r", ""});
  EXPECT_EQ(out.str(), "a b\tc d \t\n");
}

} // namespace
} // namespace accords::render
