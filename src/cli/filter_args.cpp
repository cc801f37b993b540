#include "cli/filter_args.hpp"

#include "cli/exit_status.hpp"
#include "model/country.hpp"
#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "util/spell.hpp"

namespace accords::cli {

std::string resolve_country(std::string_view text) {
  if (auto code = model::find_party(text)) {
    return *code;
  }
  std::vector<std::string> names;
  for (const auto& country : model::all_countries()) {
    names.emplace_back(country.display_name());
    names.emplace_back(country.alpha3);
  }
  for (auto& [code, name] : model::entity_names()) {
    names.push_back(std::move(code));
    names.push_back(std::move(name));
  }
  throw UsageError(util::unknown_name({.kind = "country", .word = text}, names,
                                      ": give an ISO 3166-1 code (IL, ISR) or an English name"));
}

model::EventType resolve_type(std::string_view text) {
  if (auto type = model::parse_event_type(text)) {
    return *type;
  }
  const auto& names = model::event_type_names();
  throw UsageError(util::unknown_name({.kind = "event type", .word = text}, names, util::name_list("types", names)));
}

std::string resolve_treaty(std::string_view text, const engine::Timeline& timeline) {
  if (const auto* treaty = timeline.find_treaty(text)) {
    return treaty->id;
  }
  std::vector<std::string> ids;
  std::vector<std::string> ids_and_aliases; // suggested from; the list when none is close names ids only
  for (const auto& treaty : timeline.treaties()) {
    ids.push_back(treaty.id);
    ids_and_aliases.push_back(treaty.id);
    ids_and_aliases.insert(ids_and_aliases.end(), treaty.aliases.begin(), treaty.aliases.end());
  }
  throw UsageError(
      util::unknown_name({.kind = "treaty", .word = text}, ids_and_aliases, util::name_list("loaded treaties", ids)));
}

engine::Filter resolve_filter(const FilterOptions& options, const DateFlags& dates, const engine::Timeline& timeline) {
  engine::Filter filter;
  dates.apply_to(filter);
  for (const auto& country : options.countries) {
    filter.countries.push_back(resolve_country(country));
  }
  for (const auto& type : options.types) {
    filter.types.push_back(resolve_type(type));
  }
  for (const auto& treaty : options.treaties) {
    filter.treaties.push_back(resolve_treaty(treaty, timeline));
  }
  filter.grep = options.grep;
  filter.tags = options.tags;
  return filter;
}

} // namespace accords::cli
