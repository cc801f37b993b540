#pragma once
// The events list, chart and report show, found in the order that keeps their messages in
// order: the date flags read, the data loaded (its own errors first), the rest of the filter
// resolved (a bad date or name next), the events selected.

#include "cli/context.hpp"
#include "cli/date_flags.hpp"
#include "cli/options.hpp"
#include "engine/filter.hpp"
#include "engine/timeline.hpp"
#include "model/event.hpp"

#include <date/date.h>

#include <string>
#include <vector>

namespace accords::cli {

// Which events the load keeps.
enum class LoadedEvents {
  within_dates, // those the date flags admit: the others could only be filtered out (list, chart)
  all,          // every one (report: a party's status as of a day comes from earlier events)
};

// A loaded timeline, the filter the flags ask for and the events of the timeline it selects.
class Selection {
public:
  // Resolves the date flags of `options` relative to `today`, loads the data `global` names
  // (throws DataError, as load_timeline does), resolves the rest of the filter (throws
  // UsageError, for a date that is not one first) and selects the events, in timeline order.
  Selection(const FilterOptions& options, date::year_month_day today, LoadedEvents loaded, const GlobalOptions& global,
            Context& context);

  // The timeline loaded: every event, or those within the dates.
  [[nodiscard]] const engine::Timeline& timeline() const { return timeline_; }
  // The filter, resolved.
  [[nodiscard]] const engine::Filter& filter() const { return filter_; }
  // The events of timeline() the filter matches, in timeline order.
  [[nodiscard]] const std::vector<const model::Event*>& events() const { return events_; }
  // What the selection is, for a calendar's or a chart's name: the names of the events'
  // treaties, in order of first appearance (the filter's treaties when no event matched,
  // "accords" when neither names one), then the other filters as a report words them:
  // "Abraham Accords — Country: Kazakhstan; since 2020".
  [[nodiscard]] std::string name() const;

private:
  Selection(const FilterOptions& options, const DateFlags& dates, LoadedEvents loaded, const GlobalOptions& global,
            Context& context);

  engine::Timeline timeline_; // neither copied nor moved, and so neither is a Selection
  engine::Filter filter_;
  std::vector<const model::Event*> events_; // point into timeline_
};

} // namespace accords::cli
