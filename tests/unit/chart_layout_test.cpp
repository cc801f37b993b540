// render/chart_layout: rows per --by, the whole-year scale, ticks that fit, and the marks
// of each row (collisions by precedence, bars for events longer than a cell).
#include "render/chart_layout.hpp"

#include "test_events.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>

#include <algorithm>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::day_of;
using testing::EventExtras;
using testing::ids_of;
using testing::make_event;
using testing::make_timeline;
using Ids = std::vector<std::string>;

// The timeline's events as the renderers get them.
std::vector<const model::Event*> pointers(const engine::Timeline& timeline) {
  std::vector<const model::Event*> events;
  for (const auto& event : timeline.events()) {
    events.push_back(&event);
  }
  return events;
}

ChartLayout layout_of(const engine::Timeline& timeline, std::size_t slots,
                      ChartGrouping grouping = ChartGrouping::party) {
  return layout_chart(chart_rows(pointers(timeline), timeline.treaties(), grouping), {slots, 4, 1});
}

model::Event event_of(std::string id, std::string_view date, EventType type, std::vector<std::string> parties = {"IL"},
                      std::optional<std::string> end = std::nullopt) {
  EventExtras extras;
  extras.end = std::move(end);
  return make_event(std::move(id), date, type, std::move(parties), extras);
}

std::vector<std::string> labels_of(const std::vector<ChartRow>& rows) {
  std::vector<std::string> labels;
  for (const auto& row : rows) {
    labels.push_back(row.label);
  }
  return labels;
}

// The ticks as "YEAR@SLOT", with "*" after a labelled one.
std::vector<std::string> ticks_of(const ChartLayout& layout) {
  std::vector<std::string> ticks;
  for (const auto& tick : layout.ticks) {
    ticks.push_back(std::to_string(tick.year) + "@" + std::to_string(tick.slot) + (tick.labelled ? "*" : ""));
  }
  return ticks;
}

TEST(ChartGrouping, NamesRoundTrip) {
  EXPECT_EQ(chart_grouping_names(), (std::vector<std::string>{"party", "treaty", "type"}));
  for (const auto& name : chart_grouping_names()) {
    const auto grouping = parse_chart_grouping(name);
    ASSERT_TRUE(grouping.has_value());
    EXPECT_EQ(chart_grouping_name(*grouping), name);
  }
  EXPECT_FALSE(parse_chart_grouping("Party").has_value());
  EXPECT_FALSE(parse_chart_grouping("parties").has_value());
}

TEST(ChartSignificance, StatusChangesFirstAndOtherLast) {
  const std::vector<EventType> expected{
      EventType::withdrawal,
      EventType::suspension,
      EventType::withdrawal_notice,
      EventType::entry_into_force,
      EventType::succession,
      EventType::ratification,
      EventType::acceptance,
      EventType::approval,
      EventType::accession,
      EventType::signing,
      EventType::rejection,
      EventType::announcement,
      EventType::sanctions,
      EventType::relations,
      EventType::agreement,
      EventType::embassy,
      EventType::summit,
      EventType::report,
      EventType::other,
  };
  const auto order = types_by_significance();
  EXPECT_EQ(std::vector<EventType>(order.begin(), order.end()), expected);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(significance_rank(expected[i]), i);
  }
}

TEST(ChartRows, ByPartyInOrderOfFirstAppearanceWithoutMediators) {
  EventExtras mediated;
  mediated.mediators = {"US"};
  const auto timeline = make_timeline({
      make_event("a", "2020-08-13", EventType::announcement, {"IL", "AE"}, mediated),
      make_event("b", "2020-09-11", EventType::announcement, {"BH", "IL"}),
      make_event("c", "2020-09-15", EventType::signing, {"IL", "AE", "BH"}),
  });
  const auto rows = chart_rows(pointers(timeline), timeline.treaties(), ChartGrouping::party);
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(labels_of(rows), (std::vector<std::string>{"IL Israel", "AE United Arab Emirates", "BH Bahrain"}));
  EXPECT_EQ(rows[0].key, "IL");
  EXPECT_EQ(rows[0].name, "Israel");
  EXPECT_EQ(ids_of(rows[0].events), (Ids{"a", "b", "c"}));
  EXPECT_EQ(ids_of(rows[1].events), (Ids{"a", "c"}));
  EXPECT_EQ(ids_of(rows[2].events), (Ids{"b", "c"}));
  EXPECT_TRUE(rows[0].marks.empty()); // marks come from layout_chart
}

TEST(ChartRows, APartyListedTwiceCountsOnceAndAnUnknownCodeIsItsOwnLabel) {
  const auto timeline = make_timeline({make_event("a", "2020", EventType::report, {"IL", "IL", "XX"})});
  const auto rows = chart_rows(pointers(timeline), timeline.treaties(), ChartGrouping::party);
  EXPECT_EQ(labels_of(rows), (std::vector<std::string>{"IL Israel", "XX"}));
  EXPECT_EQ(ids_of(rows[0].events), (Ids{"a"}));
}

TEST(ChartRows, ByTreatyNamedAndInOrderOfFirstAppearance) {
  EventExtras other;
  other.treaty = "other";
  EventExtras ghost;
  ghost.treaty = "ghost";
  const auto timeline = make_timeline({
      make_event("a", "2019", EventType::report, {"IL"}, other),
      make_event("b", "2020", EventType::signing, {"AE"}),
      make_event("c", "2021", EventType::summit, {"BH"}, other),
      make_event("d", "2022", EventType::summit, {"BH"}, ghost),
  });
  const auto rows = chart_rows(pointers(timeline), timeline.treaties(), ChartGrouping::treaty);
  EXPECT_EQ(labels_of(rows), (std::vector<std::string>{"Other Treaty", "Accords", "ghost"}));
  EXPECT_EQ(rows[0].key, "other");
  EXPECT_EQ(ids_of(rows[0].events), (Ids{"a", "c"}));
}

TEST(ChartRows, ByTypeInTheFormatsOrder) {
  const auto timeline = make_timeline({
      event_of("a", "2019", EventType::summit),
      event_of("b", "2020", EventType::signing),
      event_of("c", "2021", EventType::report),
      event_of("d", "2022", EventType::signing),
  });
  const auto rows = chart_rows(pointers(timeline), timeline.treaties(), ChartGrouping::type);
  EXPECT_EQ(labels_of(rows), (std::vector<std::string>{"report", "signing", "summit"}));
  EXPECT_EQ(ids_of(rows[1].events), (Ids{"b", "d"}));
}

TEST(ChartScale, WholeYearsFromTheFirstDayToTheLastDay) {
  const auto timeline = make_timeline({
      event_of("a", "2020-09-15", EventType::signing),
      event_of("b", "2021-01-05", EventType::entry_into_force),
  });
  const auto layout = layout_of(timeline, 10);
  EXPECT_EQ(layout.event_count, 2U);
  EXPECT_EQ(layout.first_year, 2020);
  EXPECT_EQ(layout.last_year, 2021);
  EXPECT_EQ(layout.axis_first_day(), day_of("2020-01-01"));
  EXPECT_EQ(layout.axis_end_day(), day_of("2022-01-01"));
  EXPECT_EQ(layout.axis_days(), 731);
  EXPECT_EQ(layout.slot_of(day_of("2020-01-01")), 0U);
  EXPECT_EQ(layout.slot_of(day_of("2020-09-15")), 3U); // day 258 of 731, times 10 cells
  EXPECT_EQ(layout.slot_of(day_of("2021-01-01")), 5U); // day 366
  EXPECT_EQ(layout.slot_of(day_of("2021-12-31")), 9U);
  EXPECT_EQ(layout.slot_of(day_of("2019-06-01")), 0U); // clamped
  EXPECT_EQ(layout.slot_of(day_of("2023-01-01")), 9U);
  EXPECT_EQ(chart_title(layout, ChartGrouping::party), "2 events from 2020-09-15 to 2021-01-05, one row per party");
}

TEST(ChartScale, CoarseDatesAndEndsWidenTheAxisAndTheTitle) {
  const auto timeline = make_timeline({
      event_of("a", "1998", EventType::report),
      event_of("b", "2026-11-30", EventType::summit, {"IL"}, "2026-12-01"),
      event_of("c", "2026-12", EventType::other),
  });
  const auto layout = layout_of(timeline, 60);
  EXPECT_EQ(layout.first_year, 1998);
  EXPECT_EQ(layout.last_year, 2026);
  // 2026-12 reaches the 31st, beyond b's end.
  EXPECT_EQ(chart_title(layout, ChartGrouping::treaty), "3 events from 1998 to 2026-12, one row per treaty");
}

TEST(ChartScale, TheTitleOfOneDate) {
  const auto timeline = make_timeline({event_of("a", "2003-05-20", EventType::accession, {"GL"})});
  EXPECT_EQ(chart_title(layout_of(timeline, 60), ChartGrouping::type), "1 event on 2003-05-20, one row per type");
}

TEST(ChartTicks, TheSmallestStepWhoseLabelsKeepApart) {
  const auto timeline = make_timeline({
      event_of("a", "2010-03-01", EventType::signing),
      event_of("b", "2019-11-30", EventType::signing),
  });
  // 50 cells for 10 years: every year would put 2011 only 4 cells after 2010, less than a
  // label and a gap; every other year leaves 9 or 11.
  const auto layout = layout_of(timeline, 50);
  EXPECT_EQ(layout.tick_step, 2);
  EXPECT_EQ(ticks_of(layout), (std::vector<std::string>{"2010@0*", "2012@9*", "2014@20*", "2016@29*", "2018@40*"}));
}

TEST(ChartTicks, EveryYearWhenThereIsRoom) {
  const auto timeline =
      make_timeline({event_of("a", "2019", EventType::signing), event_of("b", "2021", EventType::signing)});
  const auto layout = layout_of(timeline, 30);
  EXPECT_EQ(layout.tick_step, 1);
  EXPECT_EQ(ticks_of(layout), (std::vector<std::string>{"2019@0*", "2020@9*", "2021@20*"}));
}

TEST(ChartTicks, ALabelThatWouldPassTheRightEndIsLeftOut) {
  const auto timeline = make_timeline({
      event_of("a", "2011-02-01", EventType::signing),
      event_of("b", "2012-12-01", EventType::signing),
  });
  EXPECT_EQ(ticks_of(layout_of(timeline, 5)), (std::vector<std::string>{"2012@2"}));
}

TEST(ChartTicks, ALabelMayEndAtTheRightEnd) {
  const auto timeline = make_timeline({
      event_of("a", "2009-02-01", EventType::signing),
      event_of("b", "2010-12-01", EventType::signing),
  });
  EXPECT_EQ(ticks_of(layout_of(timeline, 8)), (std::vector<std::string>{"2010@4*"}));
}

TEST(ChartTicks, AShortAxisBetweenMultiplesOfTheStepNamesItsFirstYear) {
  const auto timeline = make_timeline({
      event_of("a", "2021-01-10", EventType::signing),
      event_of("b", "2024-12-10", EventType::signing),
  });
  // Every year and every other year are too close in 9 cells; 2021-2024 has no multiple of 5.
  EXPECT_EQ(ticks_of(layout_of(timeline, 9)), (std::vector<std::string>{"2021@0*"}));
}

TEST(ChartTicks, LongAxesUseLongSteps) {
  const auto timeline =
      make_timeline({event_of("a", "0001", EventType::other), event_of("b", "9999", EventType::other)});
  const auto layout = layout_of(timeline, 26);
  EXPECT_EQ(layout.tick_step, 2000);
  EXPECT_EQ(ticks_of(layout), (std::vector<std::string>{"2000@5*", "4000@10*", "6000@15*", "8000@20*"}));
}

TEST(ChartMarks, OneEventMakesASingleYearAxis) {
  const auto timeline = make_timeline({event_of("a", "2003-05-20", EventType::accession, {"GL"})});
  const auto layout = layout_of(timeline, 66);
  EXPECT_EQ(layout.first_year, 2003);
  EXPECT_EQ(layout.last_year, 2003);
  EXPECT_EQ(ticks_of(layout), (std::vector<std::string>{"2003@0*"}));
  ASSERT_EQ(layout.rows.size(), 1U);
  ASSERT_EQ(layout.rows[0].marks.size(), 1U);
  const auto& mark = layout.rows[0].marks[0];
  EXPECT_EQ(mark.slot, 25U); // day 139 of 365, times 66 cells
  EXPECT_EQ(mark.bar_end, 25U);
  EXPECT_EQ(mark.type, EventType::accession);
  EXPECT_EQ(layout.mark_types, (std::vector<EventType>{EventType::accession}));
  EXPECT_FALSE(layout.has_bars);
  EXPECT_FALSE(layout.has_collisions);
}

TEST(ChartMarks, ACellShowsItsMostSignificantEvent) {
  const auto timeline = make_timeline({
      event_of("report", "2020-05-01", EventType::report),
      event_of("signing", "2020-05-01", EventType::signing),
      event_of("withdrawal", "2020-04-30", EventType::withdrawal),
      event_of("summit", "2020-11-01", EventType::summit),
      event_of("agreement", "2020-11-02", EventType::agreement),
      event_of("ratification", "2020-12-30", EventType::ratification, {"AE"}),
      event_of("entry", "2020-12-31", EventType::entry_into_force, {"AE"}),
  });
  const auto layout = layout_of(timeline, 12);
  ASSERT_EQ(layout.rows.size(), 2U);
  const auto& il = layout.rows[0].marks;
  ASSERT_EQ(il.size(), 2U);
  EXPECT_EQ(il[0].slot, 3U);
  EXPECT_EQ(il[0].type, EventType::withdrawal);
  EXPECT_EQ(ids_of(il[0].events), (Ids{"withdrawal", "report", "signing"}));
  EXPECT_EQ(il[1].slot, 10U);
  EXPECT_EQ(il[1].type, EventType::agreement);
  const auto& ae = layout.rows[1].marks;
  ASSERT_EQ(ae.size(), 1U);
  EXPECT_EQ(ae[0].slot, 11U);
  EXPECT_EQ(ae[0].type, EventType::entry_into_force);
  EXPECT_TRUE(layout.has_collisions);
  // The legend lists what is shown, most significant first; report, signing, summit and
  // ratification are hidden under other marks.
  EXPECT_EQ(layout.mark_types,
            (std::vector<EventType>{EventType::withdrawal, EventType::entry_into_force, EventType::agreement}));
}

TEST(ChartMarks, EventsLongerThanACellDrawBars) {
  const auto timeline = make_timeline({
      event_of("month", "2020-03", EventType::agreement),
      event_of("summit", "2020-07-01", EventType::summit, {"IL"}, "2020-09-30"),
      event_of("left", "2020-07-01", EventType::withdrawal),
      event_of("report", "2020-08-15", EventType::report),
      event_of("year", "2020", EventType::other, {"AE"}),
      event_of("day", "2020-06-15", EventType::signing, {"AE"}, "2020-06-16"),
  });
  const auto layout = layout_of(timeline, 12);
  ASSERT_EQ(layout.rows.size(), 2U);
  EXPECT_EQ(labels_of(layout.rows), (std::vector<std::string>{"AE United Arab Emirates", "IL Israel"}));
  const auto& il = layout.rows[1].marks;
  ASSERT_EQ(il.size(), 3U);
  // 2020-03 covers days 60-90 of 366: cells 1-2.
  EXPECT_EQ(il[0].slot, 1U);
  EXPECT_EQ(il[0].bar_end, 2U);
  EXPECT_EQ(il[0].bar_type, EventType::agreement);
  // The withdrawal is shown at the start of the summit's bar (days 182-273: cells 5-8), which
  // keeps the summit's type.
  EXPECT_EQ(il[1].slot, 5U);
  EXPECT_EQ(il[1].bar_end, 8U);
  EXPECT_EQ(il[1].type, EventType::withdrawal);
  EXPECT_EQ(il[1].bar_type, EventType::summit);
  EXPECT_EQ(ids_of(il[1].events), (Ids{"summit", "left"}));
  // A mark inside a bar is a mark of its own.
  EXPECT_EQ(il[2].slot, 7U);
  EXPECT_EQ(il[2].bar_end, 7U);
  const auto& ae = layout.rows[0].marks;
  ASSERT_EQ(ae.size(), 2U);
  EXPECT_EQ(ae[0].slot, 0U); // a year-precision event covers the whole year
  EXPECT_EQ(ae[0].bar_end, 11U);
  EXPECT_EQ(ae[1].slot, 5U); // two days inside one cell: no bar
  EXPECT_EQ(ae[1].bar_end, 5U);
  EXPECT_EQ(ae[1].bar_type, EventType::signing);
  EXPECT_TRUE(layout.has_bars);
}

TEST(ChartMarks, NoEventsNoRows) {
  const auto layout = layout_chart({}, {});
  EXPECT_EQ(layout.event_count, 0U);
  EXPECT_TRUE(layout.rows.empty());
  EXPECT_TRUE(layout.ticks.empty());
  EXPECT_TRUE(layout.mark_types.empty());
}

TEST(ChartMarks, AThousandEvents) {
  const std::array schema_one_types{EventType::report,     EventType::announcement, EventType::signing,
                                    EventType::accession,  EventType::ratification, EventType::entry_into_force,
                                    EventType::withdrawal, EventType::suspension,   EventType::relations,
                                    EventType::embassy,    EventType::agreement,    EventType::summit,
                                    EventType::sanctions,  EventType::other};
  const std::vector<std::string> codes{"NO", "IS", "FO", "GL", "DK", "SE", "FI"};
  std::vector<model::Event> events;
  const auto start = day_of("2000-01-01");
  for (int i = 0; i < 1000; ++i) {
    const auto day = date::year_month_day{start + date::days{7 * i}};
    const auto text = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                                  static_cast<unsigned>(day.day()));
    const auto type = schema_one_types[static_cast<std::size_t>(i % 14)];
    events.push_back(event_of("e" + std::to_string(i), text, type,
                              {codes[static_cast<std::size_t>(i % 7)], codes[static_cast<std::size_t>((i + 3) % 7)]}));
  }
  const auto timeline = make_timeline(std::move(events));
  const auto layout = layout_of(timeline, 60);
  EXPECT_EQ(layout.event_count, 1000U);
  EXPECT_EQ(layout.first_year, 2000);
  EXPECT_EQ(layout.last_year, 2019); // the last event is on 2019-02-23
  EXPECT_EQ(layout.tick_step, 2);
  ASSERT_EQ(layout.ticks.size(), 10U);
  EXPECT_EQ(ticks_of(layout).back(), "2018@54*");
  EXPECT_EQ(labels_of(layout.rows), (std::vector<std::string>{"NO Norway", "GL Greenland", "IS Iceland", "DK Denmark",
                                                              "FO Faroe Islands", "SE Sweden", "FI Finland"}));
  for (const auto& row : layout.rows) {
    // Every cell from the first to 2019-02-23's (57) holds several of the row's events.
    ASSERT_EQ(row.marks.size(), 58U) << row.label;
    std::size_t events_in_marks = 0;
    for (std::size_t i = 0; i < row.marks.size(); ++i) {
      const auto& mark = row.marks[i];
      EXPECT_EQ(mark.slot, i);
      EXPECT_GT(mark.events.size(), 1U);
      events_in_marks += mark.events.size();
      const auto best = std::min_element(mark.events.begin(), mark.events.end(), [](const auto* a, const auto* b) {
        return significance_rank(a->type) < significance_rank(b->type);
      });
      EXPECT_EQ(mark.type, (*best)->type);
      for (const auto* event : mark.events) {
        EXPECT_EQ(layout.slot_of(event->date.first_day()), mark.slot);
      }
    }
    EXPECT_EQ(events_in_marks, row.events.size());
  }
  // Norway's first cell (days 0-121) holds e0, e4, e7, e11 and e14: report, ratification,
  // suspension, summit, report.
  const auto& first = layout.rows[0].marks[0];
  EXPECT_EQ(ids_of(first.events), (Ids{"e0", "e4", "e7", "e11", "e14"}));
  EXPECT_EQ(first.type, EventType::suspension);
  EXPECT_TRUE(layout.has_collisions);
  EXPECT_TRUE(std::is_sorted(layout.mark_types.begin(), layout.mark_types.end(),
                             [](auto a, auto b) { return significance_rank(a) < significance_rank(b); }));
}

} // namespace
} // namespace accords::render
