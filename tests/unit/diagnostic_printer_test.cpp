// cli/diagnostic_printer: compiler-style diagnostics, with the source line and a caret on a terminal.
#include "cli/diagnostic_printer.hpp"

#include "load/limits.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <sstream>

namespace accords::cli {
namespace {

struct Printed {
  load::Diagnostics diagnostics;
  std::vector<load::Source> sources;
  std::shared_ptr<const std::string> path = std::make_shared<const std::string>("a.yaml");

  std::string print(bool show_source) const {
    std::ostringstream err;
    print_diagnostics(err, diagnostics, sources, show_source);
    return err.str();
  }
};

TEST(DiagnosticPrinter, PlainWithoutSource) {
  Printed p;
  p.sources = {{"a.yaml", "events:\n  - id: X\n"}};
  p.diagnostics.error({p.path, 2, 9}, "invalid event id 'X'");
  EXPECT_EQ(p.print(false), "a.yaml:2:9: error: invalid event id 'X'\n");
}

TEST(DiagnosticPrinter, SourceLineAndCaretUnderTheColumn) {
  Printed p;
  p.sources = {{"a.yaml", "events:\n  - id: X\n"}};
  p.diagnostics.error({p.path, 2, 9}, "invalid event id 'X'");
  p.diagnostics.warning({p.path, 1, 1}, "something");
  EXPECT_EQ(p.print(true), "a.yaml:1:1: warning: something\n"
                           "  events:\n"
                           "  ^\n"
                           "a.yaml:2:9: error: invalid event id 'X'\n"
                           "    - id: X\n"
                           "          ^\n");
}

TEST(DiagnosticPrinter, CaretCountsDisplayColumnsOfWhatPrecedesIt) {
  Printed p;
  // "é" is two bytes and one column: the "x" at byte column 10 is at display column 8.
  p.sources = {{"a.yaml", "t: \xc3\xa9t\xc3\xa9 x\r\n"}};
  p.diagnostics.error({p.path, 1, 10}, "here");
  EXPECT_EQ(p.print(true), "a.yaml:1:10: error: here\n"
                           "  t: \xc3\xa9t\xc3\xa9 x\n"
                           "         ^\n");
}

TEST(DiagnosticPrinter, TabsBecomeSpacesSoTheCaretLinesUp) {
  Printed p;
  p.sources = {{"a.yaml", "a:\tb\n"}};
  p.diagnostics.error({p.path, 1, 4}, "tab");
  EXPECT_EQ(p.print(true), "a.yaml:1:4: error: tab\n"
                           "  a: b\n"
                           "     ^\n");
}

TEST(DiagnosticPrinter, LinesWithControlCharactersOrBadUtf8AreNotEchoed) {
  Printed p;
  p.sources = {{"a.yaml", "a: \x1b[31mred\nb: \xff\n"}};
  p.diagnostics.error({p.path, 1, 4}, "control character");
  p.diagnostics.error({p.path, 2, 4}, "invalid UTF-8");
  EXPECT_EQ(p.print(true), "a.yaml:1:4: error: control character\n"
                           "a.yaml:2:4: error: invalid UTF-8\n");
}

TEST(DiagnosticPrinter, NoLineForPositionsOutsideTheFile) {
  Printed p;
  p.sources = {{"a.yaml", "a: 1\n"}};
  p.diagnostics.error({p.path, 0, 0}, "whole file");
  p.diagnostics.error({p.path, 7, 1}, "past the end");
  EXPECT_EQ(p.print(true), "a.yaml:0:0: error: whole file\n"
                           "a.yaml:7:1: error: past the end\n");
}

TEST(DiagnosticPrinter, NoNotListedLineWhenEveryProblemIsStored) {
  Printed p;
  p.diagnostics.error({p.path, 1, 1}, "e");
  EXPECT_EQ(not_listed_line(p.diagnostics), std::nullopt);
  EXPECT_EQ(p.print(false), "a.yaml:1:1: error: e\n");
}

TEST(DiagnosticPrinter, ListsTheStoredOnesThenSaysHowManyMore) {
  constexpr std::size_t cap = load::limits::max_diagnostics;
  Printed p;
  for (std::size_t i = 0; i < cap; ++i) {
    p.diagnostics.warning({p.path, static_cast<int>(i) + 1, 1}, "w");
  }
  for (int i = 0; i < 3; ++i) {
    p.diagnostics.error({p.path, 1, 1}, "e");
  }
  p.diagnostics.warning({p.path, 1, 1}, "w");
  const auto printed = p.print(false);
  std::size_t lines = 0;
  for (const char c : printed) {
    lines += c == '\n' ? 1 : 0;
  }
  EXPECT_EQ(lines, cap + 1);
  const auto expected_last = fmt::format(
      "accords: error: 4 more problems not shown (3 errors, 1 warning): only the first {} found are listed\n", cap);
  ASSERT_GE(printed.size(), expected_last.size());
  EXPECT_EQ(printed.substr(printed.size() - expected_last.size()), expected_last);
}

TEST(DiagnosticPrinter, NotListedLineIsAWarningWhenOnlyWarningsAreLeftOut) {
  Printed p;
  for (std::size_t i = 0; i < load::limits::max_diagnostics + 1; ++i) {
    p.diagnostics.warning({p.path, 1, 1}, "w");
  }
  EXPECT_EQ(not_listed_line(p.diagnostics),
            fmt::format("accords: warning: 1 more problem not shown (0 errors, 1 warning): only the first {} "
                        "found are listed",
                        load::limits::max_diagnostics));
}

TEST(DiagnosticPrinter, NotListedLineComesAfterTheSourceLines) {
  Printed p;
  p.sources = {{"a.yaml", "a: 1\n"}};
  for (std::size_t i = 0; i < load::limits::max_diagnostics + 2; ++i) {
    p.diagnostics.error({p.path, 1, 1}, "e");
  }
  const auto printed = p.print(true);
  const auto tail = fmt::format("a.yaml:1:1: error: e\n  a: 1\n  ^\naccords: error: 2 more problems not shown (2 "
                                "errors, 0 warnings): only the first {} found are listed\n",
                                load::limits::max_diagnostics);
  ASSERT_GE(printed.size(), tail.size());
  EXPECT_EQ(printed.substr(printed.size() - tail.size()), tail);
}

} // namespace
} // namespace accords::cli
