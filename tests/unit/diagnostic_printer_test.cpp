// cli/diagnostic_printer: compiler-style diagnostics, with the source line and a caret on a terminal.
#include "cli/diagnostic_printer.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>

namespace accords::cli {
namespace {

struct Printed {
  load::Diagnostics diagnostics;
  std::vector<load::SourceText> sources;
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

} // namespace
} // namespace accords::cli
