// load/diagnostic: how one problem is printed, and the order a list of them is printed in.
#include "load/diagnostic.hpp"

#include "load/limits.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace accords::load {
namespace {

using Path = std::shared_ptr<const std::string>;

Path path(const char* name) { return std::make_shared<const std::string>(name); }

std::vector<std::string> texts(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& diagnostic : diagnostics) {
    out.push_back(diagnostic.text());
  }
  return out;
}

TEST(DiagnosticText, Error) {
  const Diagnostic diagnostic{{path("timelines/a.yaml"), 3, 7}, Severity::error, "unknown key 'x'"};
  EXPECT_EQ(diagnostic.text(), "timelines/a.yaml:3:7: error: unknown key 'x'");
}

TEST(DiagnosticText, Warning) {
  const Diagnostic diagnostic{{path("<stdin>"), 1, 1}, Severity::warning, "something odd"};
  EXPECT_EQ(diagnostic.text(), "<stdin>:1:1: warning: something odd");
}

TEST(DiagnosticText, UnknownPlace) {
  const Diagnostic diagnostic{{nullptr, 0, 0}, Severity::error, "m"};
  EXPECT_EQ(diagnostic.text(), "-:0:0: error: m");
}

TEST(Diagnostics, StartsEmpty) {
  const Diagnostics diagnostics;
  EXPECT_TRUE(diagnostics.all().empty());
  EXPECT_TRUE(diagnostics.sorted().empty());
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(Diagnostics, WarningsAloneAreNotErrors) {
  Diagnostics diagnostics;
  diagnostics.warning({path("a.yaml"), 1, 1}, "w");
  EXPECT_FALSE(diagnostics.has_errors());
  diagnostics.error({path("a.yaml"), 2, 1}, "e");
  EXPECT_TRUE(diagnostics.has_errors());
}

TEST(Diagnostics, AllKeepsTheRecordedOrder) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 9, 1}, "late");
  diagnostics.warning({a, 1, 1}, "early");
  ASSERT_EQ(diagnostics.all().size(), 2U);
  EXPECT_EQ(diagnostics.all()[0].message, "late");
  EXPECT_EQ(diagnostics.all()[1].message, "early");
  EXPECT_EQ(diagnostics.all()[1].severity, Severity::warning);
}

TEST(DiagnosticsSorted, ByLineThenColumnWithinAFile) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 10, 5}, "m3");
  diagnostics.error({a, 2, 9}, "m2");
  diagnostics.error({a, 2, 1}, "m1");
  diagnostics.warning({a, 11, 1}, "m4");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"a.yaml:2:1: error: m1", "a.yaml:2:9: error: m2", "a.yaml:10:5: error: m3",
                                      "a.yaml:11:1: warning: m4"}));
}

TEST(DiagnosticsSorted, LineTenComesAfterLineNine) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 10, 1}, "ten");
  diagnostics.error({a, 9, 1}, "nine");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"a.yaml:9:1: error: nine", "a.yaml:10:1: error: ten"}));
}

TEST(DiagnosticsSorted, SamePlaceKeepsTheRecordedOrder) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 3, 5}, "missing 'date'");
  diagnostics.error({a, 3, 5}, "missing 'type'");
  diagnostics.error({a, 1, 1}, "first");
  diagnostics.error({a, 3, 5}, "missing 'title'");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"a.yaml:1:1: error: first", "a.yaml:3:5: error: missing 'date'",
                                      "a.yaml:3:5: error: missing 'type'", "a.yaml:3:5: error: missing 'title'"}));
}

TEST(DiagnosticsSorted, FilesInFirstSeenOrderWhenNoneIsRegistered) {
  // Not by name: "z.yaml" was loaded first.
  Diagnostics diagnostics;
  const auto z = path("z.yaml");
  const auto a = path("a.yaml");
  diagnostics.error({z, 5, 1}, "z5");
  diagnostics.error({a, 1, 1}, "a1");
  diagnostics.error({z, 1, 1}, "z1");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"z.yaml:1:1: error: z1", "z.yaml:5:1: error: z5", "a.yaml:1:1: error: a1"}));
}

TEST(DiagnosticsSorted, RegisteredFilesInLoadOrder) {
  Diagnostics diagnostics;
  const auto first = path("first.yaml");
  const auto second = path("second.yaml");
  const auto other = path("other.yaml");
  diagnostics.add_file(first);
  diagnostics.add_file(second);
  diagnostics.error({other, 1, 1}, "unregistered");
  diagnostics.error({second, 1, 1}, "second");
  diagnostics.error({first, 7, 1}, "first, found later");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"first.yaml:7:1: error: first, found later", "second.yaml:1:1: error: second",
                                      "other.yaml:1:1: error: unregistered"}));
}

TEST(DiagnosticsSorted, FilesAreToldApartByIdentityNotName) {
  // The same file given twice is loaded twice; each load keeps its own place.
  Diagnostics diagnostics;
  const auto once = path("a.yaml");
  const auto twice = path("a.yaml");
  diagnostics.add_file(once);
  diagnostics.add_file(twice);
  diagnostics.error({twice, 1, 1}, "second load");
  diagnostics.error({once, 2, 1}, "first load");
  EXPECT_EQ(texts(diagnostics.sorted()),
            (std::vector<std::string>{"a.yaml:2:1: error: first load", "a.yaml:1:1: error: second load"}));
}

TEST(DiagnosticsSorted, DoesNotChangeAll) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 2, 1}, "b");
  diagnostics.error({a, 1, 1}, "a");
  (void)diagnostics.sorted();
  EXPECT_EQ(diagnostics.all()[0].message, "b");
}

TEST(DiagnosticsAppend, AddsItemsAndRegisteredFiles) {
  const auto a = path("a.yaml");
  const auto b = path("b.yaml");
  Diagnostics inner;
  inner.add_file(a);
  inner.add_file(b);
  inner.warning({b, 1, 1}, "from b");
  Diagnostics outer;
  outer.error({a, 3, 1}, "from a");
  outer.append(inner);
  EXPECT_EQ(outer.all().size(), 2U);
  EXPECT_TRUE(outer.has_errors());
  EXPECT_EQ(texts(outer.sorted()),
            (std::vector<std::string>{"a.yaml:3:1: error: from a", "b.yaml:1:1: warning: from b"}));
}

TEST(DiagnosticsAppend, ErrorsCarryOver) {
  Diagnostics inner;
  inner.error({path("a.yaml"), 1, 1}, "e");
  Diagnostics outer;
  EXPECT_FALSE(outer.has_errors());
  outer.append(inner);
  EXPECT_TRUE(outer.has_errors());
}

TEST(Diagnostics, CountsEverythingItStores) {
  Diagnostics diagnostics;
  const auto a = path("a.yaml");
  diagnostics.error({a, 1, 1}, "e1");
  diagnostics.warning({a, 2, 1}, "w1");
  diagnostics.error({a, 3, 1}, "e2");
  EXPECT_EQ(diagnostics.error_count(), 2U);
  EXPECT_EQ(diagnostics.warning_count(), 1U);
  EXPECT_EQ(diagnostics.not_stored(), 0U);
  EXPECT_EQ(diagnostics.all().size(), 3U);
}

// Records `n` diagnostics of `severity` in `file`, the i-th at line i + 1 with the message
// "<prefix><i>".
void record(Diagnostics& diagnostics, Severity severity, std::size_t n, const Path& file, const std::string& prefix) {
  for (std::size_t i = 0; i < n; ++i) {
    const model::Location where{file, static_cast<int>(i) + 1, 1};
    if (severity == Severity::error) {
      diagnostics.error(where, prefix + std::to_string(i));
    } else {
      diagnostics.warning(where, prefix + std::to_string(i));
    }
  }
}

constexpr std::size_t cap = limits::max_diagnostics;

TEST(DiagnosticsCap, StoresTheFirstOnesAndCountsTheRest) {
  Diagnostics diagnostics;
  record(diagnostics, Severity::error, cap + 250, path("a.yaml"), "e");
  record(diagnostics, Severity::warning, 50, path("a.yaml"), "w");
  ASSERT_EQ(diagnostics.all().size(), cap);
  EXPECT_EQ(diagnostics.all().front().message, "e0");
  EXPECT_EQ(diagnostics.all().back().message, "e" + std::to_string(cap - 1));
  EXPECT_EQ(diagnostics.sorted().size(), cap);
  EXPECT_EQ(diagnostics.error_count(), cap + 250);
  EXPECT_EQ(diagnostics.warning_count(), 50U);
  EXPECT_EQ(diagnostics.not_stored(), 300U);
  EXPECT_TRUE(diagnostics.has_errors());
}

TEST(DiagnosticsCap, AnErrorPastTheCapStillCounts) {
  // has_errors() must not depend on what is stored: here every stored one is a warning.
  Diagnostics diagnostics;
  record(diagnostics, Severity::warning, cap, path("a.yaml"), "w");
  EXPECT_FALSE(diagnostics.has_errors());
  record(diagnostics, Severity::error, 1, path("a.yaml"), "e");
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 1U);
  EXPECT_EQ(diagnostics.not_stored(), 1U);
  for (const auto& diagnostic : diagnostics.all()) {
    EXPECT_EQ(diagnostic.severity, Severity::warning);
  }
}

TEST(DiagnosticsCap, AppendFillsOnlyTheRoomLeftAndAddsEveryCount) {
  const auto b = path("b.yaml");
  Diagnostics outer;
  record(outer, Severity::warning, cap - 10, path("a.yaml"), "outer ");
  Diagnostics inner;
  inner.add_file(b);
  record(inner, Severity::error, cap + 5, b, "inner "); // inner is full itself, 5 not stored
  ASSERT_EQ(inner.not_stored(), 5U);
  outer.append(inner);
  ASSERT_EQ(outer.all().size(), cap);
  EXPECT_EQ(outer.all()[cap - 10].message, "inner 0"); // the first ones of inner, in order
  EXPECT_EQ(outer.all().back().message, "inner 9");
  EXPECT_EQ(outer.error_count(), cap + 5);
  EXPECT_EQ(outer.warning_count(), cap - 10);
  EXPECT_EQ(outer.not_stored(), cap - 5); // (cap - 10) + (cap + 5) recorded, cap stored
  EXPECT_TRUE(outer.has_errors());
  EXPECT_EQ(outer.sorted().front().where.path, b); // registered by inner, so sorted before a.yaml
}

TEST(DiagnosticsCap, AppendToAFullListStoresNothingButCounts) {
  Diagnostics outer;
  record(outer, Severity::error, cap, path("a.yaml"), "outer ");
  Diagnostics inner;
  record(inner, Severity::warning, 1, path("a.yaml"), "inner warning ");
  record(inner, Severity::error, 1, path("a.yaml"), "inner error ");
  outer.append(inner);
  EXPECT_EQ(outer.all().size(), cap);
  EXPECT_EQ(outer.all().back().message, "outer " + std::to_string(cap - 1));
  EXPECT_EQ(outer.error_count(), cap + 1);
  EXPECT_EQ(outer.warning_count(), 1U);
  EXPECT_EQ(outer.not_stored(), 2U);
}

TEST(DiagnosticsCap, AppendOfAnEmptyListChangesNothing) {
  Diagnostics outer;
  record(outer, Severity::error, 1, path("a.yaml"), "e");
  outer.append(Diagnostics{});
  EXPECT_EQ(outer.all().size(), 1U);
  EXPECT_EQ(outer.error_count(), 1U);
  EXPECT_EQ(outer.warning_count(), 0U);
  EXPECT_EQ(outer.not_stored(), 0U);
}

} // namespace
} // namespace accords::load
