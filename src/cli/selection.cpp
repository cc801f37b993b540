#include "cli/selection.hpp"

#include "cli/filter_args.hpp"
#include "cli/session.hpp"
#include "engine/report_summary.hpp"
#include "render/report_words.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace accords::cli {

Selection::Selection(const FilterOptions& options, date::year_month_day today, LoadedEvents loaded,
                     const GlobalOptions& global, Context& context)
    : Selection(options, DateFlags(options, today), loaded, global, context) {}

Selection::Selection(const FilterOptions& options, const DateFlags& dates, LoadedEvents loaded,
                     const GlobalOptions& global, Context& context)
    : timeline_(load_timeline(global, context,
                              loaded == LoadedEvents::within_dates ? dates.days() : std::optional<model::DayWindow>())),
      filter_(resolve_filter(options, dates, timeline_)), events_(engine::select(timeline_, filter_)) {}

std::string Selection::name() const {
  std::vector<std::string> names;
  const auto add = [&](std::string_view id) {
    const auto* treaty = timeline_.find_treaty(id);
    std::string name = treaty != nullptr ? treaty->name : std::string(id);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
  };
  for (const auto* event : events_) {
    add(event->treaty);
  }
  if (names.empty()) {
    for (const auto& id : filter_.treaties) {
      add(id);
    }
  }
  auto name = names.empty() ? std::string("accords") : util::join(names, ", ");
  auto described = engine::describe_filter(filter_, timeline_);
  described.treaties.clear(); // named already
  if (const auto filters = render::filter_words(described); filters != "none") {
    name += " \xE2\x80\x94 " + filters; // an em dash
  }
  return name;
}

} // namespace accords::cli
