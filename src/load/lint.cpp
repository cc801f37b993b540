#include "load/lint.hpp"

#include "model/date.hpp"
#include "model/entity.hpp"
#include "model/source_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace accords::load {
namespace {

// The warning for an end too far from the date: both as written, and the days the event covers
// when either is a month or a year.
std::string long_end_message(const model::Event& event) {
  auto message = fmt::format("end {} of event '{}' is more than a year after its date {}", event.end->text(), event.id,
                             event.date.text());
  if (event.date.precision() != model::Precision::day || event.end->precision() != model::Precision::day) {
    const auto interval = event.interval();
    message += fmt::format(" (the event covers {} to {})", date::format("%F", interval.first),
                           date::format("%F", interval.last));
  }
  return message;
}

// True when the event's end is more than one calendar year after its date: the last day of
// `end` falls after the same day of the month one year after the first day of `date` (from
// 29 February, the day after 28 February).
bool ends_after_a_year(const model::Event& event) {
  if (!event.end) {
    return false;
  }
  const date::year_month_day first{event.date.first_day()};
  const date::sys_days limit{first + date::years{1}};
  return event.end->last_day() > limit;
}

void lint_event(const model::Event& event, Diagnostics& diagnostics) {
  if (event.sources.empty()) {
    diagnostics.warning(event.defined_at, fmt::format("event '{}' has no sources", event.id));
  }
  for (std::size_t index = 0; index < event.sources.size(); ++index) {
    if (const auto problem = model::source_problem(event.sources[index]); !problem.empty()) {
      diagnostics.warning(event.defined_at, fmt::format("source {} of event '{}' {}: '{}'", index + 1, event.id,
                                                        problem, event.sources[index]));
    }
  }
  if (ends_after_a_year(event)) {
    diagnostics.warning(event.defined_at, long_end_message(event));
  }
  if (event.effective && event.effective->last_day() < event.date.first_day()) {
    diagnostics.warning(event.defined_at, fmt::format("{} '{}' takes effect on {}, before its date {}",
                                                      model::event_type_name(event.type), event.id,
                                                      event.effective->text(), event.date.text()));
  }
}

// The warnings of the treaty model: consent treaties that never enter into force, successions
// from a state with no status. `ordered` is every event in timeline order.
void lint_model(const LoadResult& result, const std::vector<const model::Event*>& ordered, Diagnostics& diagnostics) {
  for (const auto& treaty : result.treaties) {
    if (treaty.joined_by != model::JoinedBy::consent) {
      continue;
    }
    bool consents = false;
    bool all_effective = true;
    bool enters_into_force = false;
    for (const auto* event : ordered) {
      if (event->treaty != treaty.id) {
        continue;
      }
      if (model::expresses_consent(event->type)) {
        consents = true;
        all_effective = all_effective && event->effective.has_value();
      }
      enters_into_force = enters_into_force || event->type == model::EventType::entry_into_force;
    }
    if (consents && !all_effective && !enters_into_force) {
      diagnostics.warning(treaty.defined_at,
                          fmt::format("treaty '{}' is joined by consent and has ratifications but no entry-into-force "
                                      "event, so no state ever becomes a party (give one, or an 'effective' day)",
                                      treaty.id));
    }
  }
  std::set<std::pair<std::string_view, std::string_view>> with_status; // (treaty, party), so far
  for (const auto* event : ordered) {
    if (event->type == model::EventType::succession && !with_status.contains(std::pair(event->treaty, event->from))) {
      const auto name = model::party_name(event->from);
      diagnostics.warning(event->defined_at,
                          fmt::format("succession '{}' is from {}{}, which has no status in treaty '{}' before it",
                                      event->id, event->from, name != event->from ? fmt::format(" ({})", name) : "",
                                      event->treaty));
    }
    if (model::gives_status(event->type)) {
      for (const auto& party : event->parties) {
        with_status.emplace(event->treaty, party);
      }
    }
  }
}

// The treaty-wide warnings: treaties with no events, and those of the treaty model.
void lint_treaties(const LoadResult& result, Diagnostics& diagnostics) {
  std::set<std::string_view> with_events;
  for (const auto& event : result.events) {
    with_events.insert(event.treaty);
  }
  for (const auto& treaty : result.treaties) {
    if (!with_events.contains(treaty.id)) {
      diagnostics.warning(treaty.defined_at, fmt::format("treaty '{}' has no events", treaty.id));
    }
  }

  // Within a treaty, timeline order is first day, coarser precision first, then load order.
  std::vector<const model::Event*> ordered;
  for (const auto& event : result.events) {
    ordered.push_back(&event);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const model::Event* a, const model::Event* b) {
    return std::tuple(a->date.first_day(), a->date.precision(), a->load_index) <
           std::tuple(b->date.first_day(), b->date.precision(), b->load_index);
  });
  lint_model(result, ordered, diagnostics);
}

} // namespace

void lint(LoadResult& result) {
  const bool had_errors = result.diagnostics.has_errors();
  for (const auto& event : result.events) {
    lint_event(event, result.diagnostics);
  }
  if (!had_errors) {
    lint_treaties(result, result.diagnostics);
  }
}

} // namespace accords::load
