#include "render/chart_layout.hpp"

#include "model/entity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace accords::render {
namespace {

using model::EventType;

constexpr std::array significance{
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

// Years between ticks, tried from the smallest.
constexpr std::array tick_steps{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

int year_of(date::sys_days day) { return static_cast<int>(date::year_month_day{day}.year()); }

date::sys_days january_first(int year) { return date::sys_days{date::year{year} / date::January / 1}; }

// The label of a party row: "NO Norway" (the code alone for a code the table lacks).
std::string party_label(std::string_view code) {
  const auto name = model::party_name(code);
  return name != code ? fmt::format("{} {}", code, name) : std::string(code);
}

std::string treaty_name(std::string_view id, std::span<const model::Treaty> treaties) {
  const auto found = std::find_if(treaties.begin(), treaties.end(), [&](const auto& t) { return t.id == id; });
  return found == treaties.end() ? std::string(id) : found->name;
}

// Adds `event` to the row keyed `key`, creating the row at the end when it is new.
void add_to_row(std::vector<ChartRow>& rows, std::unordered_map<std::string, std::size_t>& index, std::string_view key,
                const model::Event* event, const auto& make_row) {
  auto [it, inserted] = index.try_emplace(std::string(key), rows.size());
  if (inserted) {
    rows.push_back(make_row());
  }
  auto& events = rows[it->second].events;
  if (events.empty() || events.back() != event) { // a party listed twice counts once
    events.push_back(event);
  }
}

// The ticks of every `step`-th year on the axis; empty when none falls on it.
std::vector<ChartTick> ticks_every(const ChartLayout& layout, int step) {
  std::vector<ChartTick> ticks;
  const int first = (layout.first_year + step - 1) / step * step;
  for (int year = first; year <= layout.last_year; year += step) {
    ticks.push_back({year, layout.slot_of(january_first(year)), false});
  }
  return ticks;
}

// Chooses the smallest step whose ticks keep their labels apart, and which labels fit.
void place_ticks(ChartLayout& layout, const ChartLayoutOptions& options) {
  const auto spacing = options.label_slots + options.label_gap;
  for (const int step : tick_steps) {
    auto ticks = ticks_every(layout, step);
    bool apart = true;
    for (std::size_t i = 1; i < ticks.size(); ++i) {
      apart = apart && ticks[i].slot - ticks[i - 1].slot >= spacing;
    }
    if (apart) {
      layout.tick_step = step;
      layout.ticks = std::move(ticks);
      break;
    }
  }
  if (layout.ticks.empty()) { // a short axis between two multiples of the step: name its first year
    layout.ticks.push_back({layout.first_year, 0, false});
  }
  for (auto& tick : layout.ticks) {
    tick.labelled = tick.slot + options.label_slots <= layout.slots;
  }
}

// The marks of one row: one per cell where an event starts.
std::vector<ChartMark> marks_of(const ChartRow& row, const ChartLayout& layout) {
  std::map<std::size_t, ChartMark> cells;
  for (const auto* event : row.events) {
    const auto interval = event->interval();
    const auto first = layout.slot_of(interval.first);
    const auto last = layout.slot_of(interval.last);
    auto [it, inserted] = cells.try_emplace(first);
    auto& mark = it->second;
    if (inserted) {
      mark.slot = first;
      mark.bar_end = first;
      mark.type = event->type;
      mark.bar_type = event->type;
    } else if (significance_rank(event->type) < significance_rank(mark.type)) {
      mark.type = event->type;
    }
    if (last > first) {
      const bool first_bar = mark.bar_end == mark.slot;
      mark.bar_end = std::max(mark.bar_end, last);
      if (first_bar || significance_rank(event->type) < significance_rank(mark.bar_type)) {
        mark.bar_type = event->type;
      }
    }
    mark.events.push_back(event);
  }
  std::vector<ChartMark> marks;
  marks.reserve(cells.size());
  for (auto& [slot, mark] : cells) {
    if (mark.bar_end == mark.slot) {
      mark.bar_type = mark.type;
    }
    marks.push_back(std::move(mark));
  }
  return marks;
}

} // namespace

std::vector<std::string> chart_grouping_names() { return {"party", "treaty", "type"}; }

std::optional<ChartGrouping> parse_chart_grouping(std::string_view name) {
  for (const auto grouping : {ChartGrouping::party, ChartGrouping::treaty, ChartGrouping::type}) {
    if (chart_grouping_name(grouping) == name) {
      return grouping;
    }
  }
  return std::nullopt;
}

std::string_view chart_grouping_name(ChartGrouping grouping) {
  switch (grouping) {
  case ChartGrouping::party:
    return "party";
  case ChartGrouping::treaty:
    return "treaty";
  case ChartGrouping::type:
    break;
  }
  return "type";
}

std::span<const EventType> types_by_significance() { return significance; }

std::size_t significance_rank(EventType type) {
  return static_cast<std::size_t>(std::find(significance.begin(), significance.end(), type) - significance.begin());
}

std::string chart_title(const ChartLayout& layout, ChartGrouping grouping) {
  const auto first = layout.first_date.text();
  const auto last = layout.last_date.text();
  return fmt::format("{} event{} {}, one row per {}", layout.event_count, layout.event_count == 1 ? "" : "s",
                     first == last ? "on " + first : fmt::format("from {} to {}", first, last),
                     chart_grouping_name(grouping));
}

date::sys_days ChartLayout::axis_first_day() const { return january_first(first_year); }

date::sys_days ChartLayout::axis_end_day() const { return january_first(last_year + 1); }

long long ChartLayout::days_from_start(date::sys_days day) const {
  return static_cast<long long>((day - axis_first_day()).count());
}

long long ChartLayout::axis_days() const { return days_from_start(axis_end_day()); }

std::size_t ChartLayout::slot_of(date::sys_days day) const {
  const auto days = std::clamp(days_from_start(day), 0LL, axis_days() - 1);
  return static_cast<std::size_t>(days * static_cast<long long>(slots) / axis_days());
}

std::vector<ChartRow> chart_rows(std::span<const model::Event* const> events, std::span<const model::Treaty> treaties,
                                 ChartGrouping grouping) {
  std::vector<ChartRow> rows;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto* event : events) {
    if (grouping == ChartGrouping::party && event->parties.empty()) { // a treaty's own entry into force
      add_to_row(rows, index, "=" + std::string(event->treaty), event, [&] {
        const auto label = treaty_name(event->treaty, treaties) + " (whole treaty)";
        return ChartRow{std::string(event->treaty), label, label, {}, {}};
      });
    } else if (grouping == ChartGrouping::party) {
      for (const auto& code : event->parties) {
        add_to_row(rows, index, code, event, [&] {
          return ChartRow{std::string(code), model::party_name(code), party_label(code), {}, {}};
        });
      }
    } else if (grouping == ChartGrouping::treaty) {
      add_to_row(rows, index, event->treaty, event, [&] {
        auto name = treaty_name(event->treaty, treaties);
        return ChartRow{std::string(event->treaty), name, name, {}, {}};
      });
    } else {
      const std::string name(model::event_type_name(event->type));
      add_to_row(rows, index, name, event, [&] { return ChartRow{name, name, name, {}, {}}; });
    }
  }
  if (grouping == ChartGrouping::type) {
    std::stable_sort(rows.begin(), rows.end(), [](const ChartRow& a, const ChartRow& b) {
      return a.events.front()->type < b.events.front()->type;
    });
  }
  return rows;
}

ChartLayout layout_chart(std::vector<ChartRow> rows, const ChartLayoutOptions& options) {
  ChartLayout layout;
  layout.slots = std::max<std::size_t>(options.slots, 1);
  std::vector<const model::Event*> all;
  for (const auto& row : rows) {
    all.insert(all.end(), row.events.begin(), row.events.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  layout.event_count = all.size();
  if (all.empty()) {
    return layout;
  }
  const auto* earliest = all.front();
  const auto* latest = all.front();
  for (const auto* event : all) {
    if (event->interval().first < earliest->interval().first) {
      earliest = event;
    }
    if (event->interval().last > latest->interval().last) {
      latest = event;
    }
  }
  const auto first = earliest->interval().first;
  const auto last = latest->interval().last;
  layout.first_date = earliest->date;
  layout.last_date = latest->end && latest->end->last_day() >= latest->date.last_day() ? *latest->end : latest->date;
  layout.first_year = year_of(first);
  layout.last_year = year_of(last);
  place_ticks(layout, options);

  std::vector<bool> shown(types_by_significance().size(), false);
  for (auto& row : rows) {
    row.marks = marks_of(row, layout);
    for (const auto& mark : row.marks) {
      shown[significance_rank(mark.type)] = true;
      layout.has_bars = layout.has_bars || mark.bar_end > mark.slot;
      layout.has_collisions = layout.has_collisions || mark.events.size() > 1;
    }
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (shown[i]) {
      layout.mark_types.push_back(types_by_significance()[i]);
    }
  }
  layout.rows = std::move(rows);
  return layout;
}

} // namespace accords::render
