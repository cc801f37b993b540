// render/treaties: the table, tsv and json of `accords treaties`.
#include "render/treaties.hpp"

#include "render/grid.hpp"
#include "test_events.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::make_event;
using testing::make_treaty;

// Two treaties, one with events and one without (whose name holds a tab), and their summaries.
struct Fixture {
  std::vector<model::Treaty> treaties{make_treaty("abraham-accords", "Abraham Accords"),
                                      make_treaty("empty", "Empty\tTreaty")};
  model::Event first = make_event("a", "2020-08-13", EventType::announcement, {"IL", "AE"});
  model::Event last = make_event("b", "2021-01", EventType::signing, {"SD"});
  std::vector<engine::TreatySummary> summaries{{&treaties[0], 12, &first, &last, 5},
                                               {&treaties[1], 0, nullptr, nullptr, 0}};
};

std::string table(const std::vector<engine::TreatySummary>& summaries, GridOptions options = {}) {
  std::ostringstream out;
  write_treaties_table(out, summaries, options);
  return out.str();
}

std::string tsv(const std::vector<engine::TreatySummary>& summaries, bool header) {
  std::ostringstream out;
  write_treaties_tsv(out, summaries, header);
  return out.str();
}

std::string json(const std::vector<engine::TreatySummary>& summaries) {
  std::ostringstream out;
  write_treaties_json(out, summaries);
  return out.str();
}

TEST(TreatiesTable, AlignedWithHeaderAndEmptyDatesForATreatyWithoutEvents) {
  const Fixture f;
  EXPECT_EQ(table(f.summaries), "id               name             events  first       last     parties\n"
                                "abraham-accords  Abraham Accords  12      2020-08-13  2021-01  5\n"
                                "empty            Empty Treaty     0                            0\n");
}

TEST(TreatiesTable, NoHeaderMeasuresOnlyTheRows) {
  const Fixture f;
  GridOptions options;
  options.header = false;
  EXPECT_EQ(table(f.summaries, options), "abraham-accords  Abraham Accords  12  2020-08-13  2021-01  5\n"
                                         "empty            Empty Treaty     0                        0\n");
}

TEST(TreatiesTable, BoldHeaderWhenColouredAndNothingElse) {
  const Fixture f;
  GridOptions options;
  options.color = true;
  EXPECT_EQ(table({f.summaries[1]}, options),
            "\x1b[1mid\x1b[0m     \x1b[1mname\x1b[0m          \x1b[1mevents\x1b[0m  \x1b[1mfirst\x1b[0m  "
            "\x1b[1mlast\x1b[0m  \x1b[1mparties\x1b[0m\n"
            "empty  Empty Treaty  0                    0\n");
}

TEST(TreatiesTable, NameGivesWayFirstThenIdOnANarrowTerminal) {
  Fixture f;
  f.treaties[0].name = "A treaty with a very long name indeed"; // 37 columns: the row is 92 wide
  GridOptions options;
  options.width = 60;
  // The name down to 16 (71 wide), the id to 12 (68), the name again to 8 (60); the counts
  // and dates keep their width.
  EXPECT_EQ(table({f.summaries[0]}, options), "id            name      events  first       last     parties\n"
                                              "abraham-acc…  A treat…  12      2020-08-13  2021-01  5\n");
}

TEST(TreatiesTable, NoTreatiesGiveTheHeaderAlone) { EXPECT_EQ(table({}), "id  name  events  first  last  parties\n"); }

TEST(TreatiesTsv, OneLinePerTreatyWithoutHeaderTabsInValuesAsSpaces) {
  const Fixture f;
  EXPECT_EQ(tsv(f.summaries, false), "abraham-accords\tAbraham Accords\t12\t2020-08-13\t2021-01\t5\n"
                                     "empty\tEmpty Treaty\t0\t\t\t0\n");
}

TEST(TreatiesTsv, HeaderNamesTheColumns) {
  const Fixture f;
  EXPECT_EQ(tsv({f.summaries[1]}, true), "id\tname\tevents\tfirst\tlast\tparties\n"
                                         "empty\tEmpty Treaty\t0\t\t\t0\n");
}

TEST(TreatiesJson, ArrayOfObjectsWithNullDatesForATreatyWithoutEvents) {
  const Fixture f;
  EXPECT_EQ(json(f.summaries), R"([
  {
    "id": "abraham-accords",
    "name": "Abraham Accords",
    "events": 12,
    "first": "2020-08-13",
    "last": "2021-01",
    "parties": 5
  },
  {
    "id": "empty",
    "name": "Empty\tTreaty",
    "events": 0,
    "first": null,
    "last": null,
    "parties": 0
  }
]
)");
}

TEST(TreatiesJson, NoTreatiesGiveAnEmptyArray) { EXPECT_EQ(json({}), "[]\n"); }

} // namespace
} // namespace accords::render
