#pragma once
// The geometry of `accords chart`, computed once and drawn by the terminal and SVG
// renderers: the rows, the time scale in whole years, the year ticks, and the marks of each
// row on a scale of equal cells ("slots").

#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"
#include "model/treaty.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// What one row of the chart stands for.
enum class ChartGrouping {
  party,  // one row per party code (mediators excluded), in order of first appearance, and one per
          // treaty for the events of a whole treaty (an entry into force without parties)
  treaty, // one row per treaty, in order of first appearance
  type,   // one row per event type, in the format's order
};

// The names --by takes: "party", "treaty", "type".
[[nodiscard]] std::vector<std::string> chart_grouping_names();
// The grouping with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<ChartGrouping> parse_chart_grouping(std::string_view name);
// The name of a grouping, e.g. "party".
[[nodiscard]] std::string_view chart_grouping_name(ChartGrouping grouping);

// Every event type, most significant first: the order in which a cell holding several events
// picks the one it shows, and the order of the legends. Status changes come first (leaving,
// then joining from the most to the least binding step, then an announcement), then the
// other kinds of news, speculation and "other" last.
[[nodiscard]] std::span<const model::EventType> types_by_significance();
// The position of `type` in types_by_significance() (0 is the most significant).
[[nodiscard]] std::size_t significance_rank(model::EventType type);

// The events of one cell of a row: those whose interval starts in it.
struct ChartMark {
  std::size_t slot = 0;                                // the cell
  std::size_t bar_end = 0;                             // last cell any of the events reaches (== slot: no bar)
  model::EventType type = model::EventType::other;     // the most significant type among `events`: the mark shown
  model::EventType bar_type = model::EventType::other; // the most significant type among the events that reach
                                                       // beyond `slot` (== type when there is no bar)
  std::vector<const model::Event*> events;             // in timeline order, never empty
};

// One row: its label and the marks of its events.
struct ChartRow {
  std::string key;                         // party code, treaty id or type name
  std::string name;                        // country name, treaty name or type name
  std::string label;                       // what the row is called on the chart: "NO Norway", a treaty or a type
  std::vector<const model::Event*> events; // the row's events in timeline order
  std::vector<ChartMark> marks;            // by cell, one per cell where an event starts (layout_chart fills it)
};

// A year on the axis.
struct ChartTick {
  int year = 0;          // the year whose 1 January the tick marks
  std::size_t slot = 0;  // the cell that holds 1 January
  bool labelled = false; // whether its label fits before the right end of the axis
};

// How to lay out: the cells across the plot and the room a year label takes.
struct ChartLayoutOptions {
  std::size_t slots = 60;      // cells across the plot area; at least 1
  std::size_t label_slots = 4; // cells a year label takes from its tick to the right
  std::size_t label_gap = 1;   // empty cells kept between two labels
};

// The whole chart.
struct ChartLayout {
  std::size_t event_count = 0;              // events charted (0: nothing to draw, no rows or ticks)
  model::PartialDate first_date;            // the earliest date of an event, as written
  model::PartialDate last_date;             // the latest day an event reaches (its end, else its date), as written
  int first_year = 0;                       // the axis runs from 1 January of this year...
  int last_year = 0;                        // ...to 31 December of this one
  std::size_t slots = 0;                    // cells across the plot
  int tick_step = 1;                        // years between ticks
  std::vector<ChartTick> ticks;             // left to right
  std::vector<ChartRow> rows;               // top to bottom
  std::vector<model::EventType> mark_types; // types shown as a mark somewhere, most significant first
  bool has_bars = false;                    // whether any mark draws a bar
  bool has_collisions = false;              // whether any cell holds more than one event

  // The first day of the axis (1 January of first_year).
  [[nodiscard]] date::sys_days axis_first_day() const;
  // The day after the axis (1 January of the year after last_year).
  [[nodiscard]] date::sys_days axis_end_day() const;
  // The cell holding `day` (clamped to the axis).
  [[nodiscard]] std::size_t slot_of(date::sys_days day) const;
  // `day` as days since axis_first_day() and the axis' length in days, for exact positions.
  [[nodiscard]] long long days_from_start(date::sys_days day) const;
  // The number of days on the axis.
  [[nodiscard]] long long axis_days() const;
};

// The title of a chart: "19 events from 1998 to 2026-12-01, one row per party", or "1 event
// on 2003-05-20, one row per party" when the events start and end on one date.
[[nodiscard]] std::string chart_title(const ChartLayout& layout, ChartGrouping grouping);

// The rows of the events for `grouping`, with labels and events but no marks yet.
// `treaties` names the treaties (an unknown id is labelled with the id itself).
[[nodiscard]] std::vector<ChartRow> chart_rows(std::span<const model::Event* const> events,
                                               std::span<const model::Treaty> treaties, ChartGrouping grouping);

// Lays the rows out: the axis covers the whole years from the first day of the earliest
// event to the last day of the latest; ticks fall on the years that are multiples of the
// smallest step in 1, 2, 5, 10, 20, 50... whose labels keep `label_gap` cells apart; every
// row gets one mark per cell in which any of its events starts.
[[nodiscard]] ChartLayout layout_chart(std::vector<ChartRow> rows, const ChartLayoutOptions& options);

} // namespace accords::render
