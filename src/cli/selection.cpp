#include "cli/selection.hpp"

#include "cli/filter_args.hpp"
#include "cli/session.hpp"

namespace accords::cli {

Selection::Selection(const FilterOptions& options, date::year_month_day today, LoadedEvents loaded,
                     const GlobalOptions& global, Context& context)
    : Selection(options, DateFlags(options, today), loaded, global, context) {}

Selection::Selection(const FilterOptions& options, const DateFlags& dates, LoadedEvents loaded,
                     const GlobalOptions& global, Context& context)
    : timeline_(load_timeline(global, context,
                              loaded == LoadedEvents::within_dates ? dates.days() : std::optional<model::DayWindow>())),
      filter_(resolve_filter(options, dates, timeline_)), events_(engine::select(timeline_, filter_)) {}

} // namespace accords::cli
