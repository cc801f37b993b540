// Loading only the events a day window admits (FileContent::keep_only, decode_file_reading
// and parse_sources with `days`): the events kept are exactly those the window admits, in
// order, and every diagnostic is the one a load of every event gives, cached or not.
#include "load/cache/file_codec.hpp"
#include "load/cache/parse_cache.hpp"
#include "load/file_content.hpp"
#include "load/parse/schema.hpp"
#include "load_sources.hpp"
#include "temporary_directory.hpp"
#include "test_events.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace accords::load {
namespace {

namespace fs = std::filesystem;
using accords::testing::date_of;
using accords::testing::load_sources;
using Lines = std::vector<std::string>;

const auto path = std::make_shared<const std::string>("t.yaml");

// Events of 2019, 2020 (with its own treaty), 2021 and 2022, and one with an error.
const std::string four_years = "treaty: {id: t, name: T}\n"
                               "events:\n"
                               "  - id: a\n"
                               "    date: 2019-05\n"
                               "    type: signing\n"
                               "    parties: [IL]\n"
                               "    title: A\n"
                               "  - id: b\n"
                               "    date: 2020-02-03\n"
                               "    end: 2020-02-05\n"
                               "    type: signing\n"
                               "    treaty: other\n"
                               "    parties: [IL, AE]\n"
                               "    title: B\n"
                               "    notes: kept or not\n"
                               "  - id: Bad\n"
                               "  - id: c\n"
                               "    date: 2021\n"
                               "    type: signing\n"
                               "    parties: [MA]\n"
                               "    title: C\n"
                               "  - id: d\n"
                               "    date: 2022-07-01\n"
                               "    type: signing\n"
                               "    parties: [SD]\n"
                               "    title: D\n";

// Days from `from` to `to`, as written (YYYY, YYYY-MM or YYYY-MM-DD: first and last days).
model::DayWindow window(std::string_view from, std::string_view to) {
  return {date_of(from).first_day(), date_of(to).last_day()};
}

// Every event a content holds, kept or not, in file order: "id kept|skipped at LINE:COL, id
// at LINE:COL, treaty REF" plus, for a kept one, its other fields.
Lines describe(const FileContent& content) {
  Lines out;
  for (const auto& head : content.heads) {
    const auto treaty = head.treaty.empty()
                            ? std::string("-")
                            : fmt::format("{}@{}:{}", head.treaty, head.treaty_line, head.treaty_column);
    auto line = fmt::format("{} {} at {}:{}, id at {}:{}, treaty {}", head.id,
                            head.kept == EventHead::not_kept ? "skipped" : "kept", head.line, head.column, head.id_line,
                            head.id_column, treaty);
    if (head.kept != EventHead::not_kept) {
      const auto& event = content.events[head.kept];
      line += fmt::format(": {} {} {} {} {} {} {} at {}", event.date.text(), event.end ? event.end->text() : "-",
                          event.title, event.notes.value_or("-"), fmt::join(event.parties, ","),
                          fmt::join(event.sources, ","), event.id, event.defined_at.text());
    }
    out.push_back(line);
  }
  return out;
}

FileReading read(std::string_view bytes) { return accords::testing::parsed(bytes, path); }

TEST(KeepOnly, KeepsWhatTheWindowAdmitsAndTheHeadsOfTheRest) {
  auto reading = read(four_years);
  ASSERT_TRUE(reading.content);
  reading.content->keep_only(window("2020-02-05", "2021-06"));
  EXPECT_EQ(describe(*reading.content),
            (Lines{"a skipped at 3:5, id at 3:9, treaty -",
                   "b kept at 8:5, id at 8:9, treaty other@12:13: 2020-02-03 2020-02-05 B kept or not IL,AE  b at "
                   "t.yaml:8:5",
                   "c kept at 17:5, id at 17:9, treaty -: 2021 - C - MA  c at t.yaml:17:5",
                   "d skipped at 22:5, id at 22:9, treaty -"}));
  ASSERT_EQ(reading.content->events.size(), 2U);
  EXPECT_EQ(reading.content->heads[1].kept, 0U);
  EXPECT_EQ(reading.content->heads[2].kept, 1U);
}

TEST(KeepOnly, AWindowAdmittingNothingKeepsEveryHeadAndNoEvent) {
  auto reading = read(four_years);
  reading.content->keep_only(window("2030", "2031"));
  EXPECT_TRUE(reading.content->events.empty());
  ASSERT_EQ(reading.content->heads.size(), 4U);
  EXPECT_EQ(reading.content->heads[1].treaty, "other");
}

TEST(KeepOnly, TwiceIsTheNarrowerWindowOnce) {
  auto twice = read(four_years);
  twice.content->keep_only(window("2020", "2022"));
  twice.content->keep_only(window("2019", "2021"));
  auto once = read(four_years);
  once.content->keep_only(window("2020", "2021"));
  EXPECT_EQ(describe(*twice.content), describe(*once.content));
}

// Decoding with a window gives what decoding everything and then keep_only gives, for
// windows of every kind; the events left out keep no text but their ids and treaties.
TEST(DecodeWithDays, GivesWhatKeepOnlyGives) {
  const auto encoded = encode_file_reading(read(four_years));
  const std::vector<model::DayWindow> windows = {window("2019", "2022"),          window("2020-02-05", "2021-06"),
                                                 window("2020-02-06", "2020-12"), window("2030", "2031"),
                                                 window("2021", "2019"),          window("0001", "9999")};
  for (const auto& days : windows) {
    auto expected = decode_file_reading(encoded, path);
    ASSERT_TRUE(expected && expected->content);
    expected->content->keep_only(days);
    const auto decoded = decode_file_reading(encoded, path, days);
    ASSERT_TRUE(decoded && decoded->content);
    EXPECT_EQ(describe(*decoded->content), describe(*expected->content));
    ASSERT_EQ(decoded->diagnostics.all().size(), expected->diagnostics.all().size());
  }
}

TEST(DecodeWithDays, EventsLeftOutCopyNoTextButTheirIds) {
  // 2000 events with long titles and notes, none in the window: their texts are not copied.
  std::string file = "treaty: {id: t, name: T}\nevents:\n";
  for (int number = 0; number < 2000; ++number) {
    file += fmt::format("  - id: e{}\n    date: 2001\n    type: signing\n    parties: [IL]\n"
                        "    title: {:x>200}\n    notes: {:y>300}\n",
                        number, number, number);
  }
  const auto encoded = encode_file_reading(read(file));
  const auto all = decode_file_reading(encoded, path);
  const auto none = decode_file_reading(encoded, path, window("2020", "2021"));
  ASSERT_TRUE(all && none && all->content && none->content);
  EXPECT_EQ(all->content->events.size(), 2000U);
  EXPECT_TRUE(none->content->events.empty());
  EXPECT_EQ(none->content->heads.size(), 2000U);
  EXPECT_GT(all->content->text.allocated_bytes(), 1000000U);
  EXPECT_LT(none->content->text.allocated_bytes(), 100000U) << "texts of skipped events were copied";
}

// ---- parse_sources and link ---------------------------------------------------------------------

// A file of `count` events with dates from 2015 to 2024, padded past the cache's minimum
// size. Ids repeat now and then (within and across files), one event in ten names an
// undefined treaty, and a file without a `treaty` leaves its events without one unless they
// name it themselves.
std::string random_file(std::mt19937& random, int number, int count, int files) {
  std::string text = number == 0 ? "treaty: {id: t, name: T}\n" : (number % 3 == 2 ? "" : "treaty: t\n");
  text += "events:\n";
  for (int index = 0; index < count; ++index) {
    const auto year = 2015 + static_cast<int>(random() % 10);
    text += fmt::format("  - id: e{}\n    date: {}-{:02d}\n    type: signing\n    parties: [IL]\n",
                        random() % static_cast<unsigned>(count * files), year, 1 + random() % 12);
    if (random() % 4 == 0) {
      text += fmt::format("    end: {}-12-31\n", year + static_cast<int>(random() % 3));
    }
    const auto treaty = random() % 10;
    if (treaty == 0) {
      text += "    treaty: nowhere\n";
    } else if (treaty < 3) {
      text += "    treaty: t\n";
    }
    text += fmt::format("    title: Event {} of file {}\n    notes: {:z>60}\n", index, number, index);
  }
  return text;
}

Lines printed(const LoadResult& result) {
  Lines out;
  for (const auto& diagnostic : result.diagnostics.sorted()) {
    out.push_back(diagnostic.text());
  }
  return out;
}

// Each event loaded, with its load index and the fields a report prints.
Lines events_of(const LoadResult& result) {
  Lines out;
  for (const auto& event : result.events) {
    out.push_back(fmt::format("{} #{} {} {} {} {} {} {}", event.id, event.load_index, event.treaty, event.date.text(),
                              event.end ? event.end->text() : "-", event.title, event.notes.value_or("-"),
                              event.defined_at.text()));
  }
  return out;
}

// What a load of every event gives, but for the events the window does not admit, with the
// load indexes the events left have among themselves.
Lines admitted(const LoadResult& everything, const model::DayWindow& days) {
  Lines out;
  std::size_t load_index = 0;
  for (const auto& event : everything.events) {
    if (days.admits(event.interval())) {
      auto copy = event;
      copy.load_index = load_index++;
      LoadResult one;
      one.events.push_back(copy);
      out.push_back(events_of(one).front());
    }
  }
  return out;
}

class LoadWithDaysTest : public ::testing::Test {
protected:
  accords::testing::TemporaryDirectory temporary_;
  const fs::path directory_ = temporary_ / "cache"; // not yet made
};

TEST_F(LoadWithDaysTest, KeepsWhatTheWindowAdmitsWithTheDiagnosticsOfAFullLoadCachedOrNot) {
  std::mt19937 random(11);
  constexpr int files = 4;
  std::vector<Source> sources;
  for (int number = 0; number < files; ++number) {
    sources.push_back({fmt::format("f{}.yaml", number), random_file(random, number, 60, files), true});
    ASSERT_GE(sources.back().bytes.size(), ParseCache::min_file_bytes);
  }
  const auto everything = load_sources(sources);
  ASSERT_GT(everything.events.size(), 100U);
  ASSERT_GT(everything.diagnostics.error_count(), 10U); // duplicates, undefined treaties, none
  const ParseCache cache(directory_);
  for (int round = 0; round < 40; ++round) {
    const auto first = date_of(fmt::format("{}-{:02d}", 2014 + random() % 12, 1 + random() % 12));
    const auto last = date_of(fmt::format("{}-{:02d}", 2014 + random() % 12, 1 + random() % 12));
    const model::DayWindow days{first.first_day(), last.last_day()};
    const auto expected = admitted(everything, days);
    SCOPED_TRACE(fmt::format("round {}: from {} to {}", round, first.text(), last.text()));
    const auto uncached = load_sources(sources, nullptr, days);
    EXPECT_EQ(printed(uncached), printed(everything));
    EXPECT_EQ(events_of(uncached), expected);
    // The first round fills the cache (every event is encoded, then left out); the others read it.
    const auto cached = load_sources(sources, &cache, days);
    EXPECT_EQ(printed(cached), printed(everything));
    EXPECT_EQ(events_of(cached), expected);
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(directory_), fs::directory_iterator()), files);
}

TEST(LoadWithDays, AWindowAdmittingNothingLoadsNoEventAndTheSameDiagnostics) {
  const auto days = window("2030", "2031");
  const auto result = load_sources({{"t.yaml", four_years}}, nullptr, days);
  EXPECT_TRUE(result.events.empty());
  EXPECT_EQ(printed(result), printed(load_sources({{"t.yaml", four_years}})));
}

} // namespace
} // namespace accords::load
