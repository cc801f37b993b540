#include "cli/filter_args.hpp"

#include "cli/exit_status.hpp"
#include "model/country.hpp"
#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace accords::cli {

std::string resolve_country(std::string_view text) {
  if (auto code = model::find_party(text)) {
    return *code;
  }
  if (const auto entity = model::common_entity_code(text); !entity.empty()) {
    throw UsageError(fmt::format("unknown country '{}': it has no ISO 3166-1 code, and no timeline loaded defines it "
                                 "under 'entities' (commonly as '{}')",
                                 text, entity));
  }
  const auto suggestions = model::suggest_parties(text);
  throw UsageError(fmt::format("unknown country '{}'{}", text,
                               suggestions.empty() ? ": give an ISO 3166-1 code (IL, ISR) or an English name"
                                                   : util::did_you_mean_any(suggestions)));
}

std::vector<std::string> resolve_joint_countries(std::string_view text) {
  std::vector<std::string> codes;
  for (const auto& piece : util::split(text, '+')) {
    if (util::fold_name(piece).empty()) {
      throw UsageError(
          fmt::format("'{}' names no country on one side of a '+': write A+B for events involving both", text));
    }
    auto code = resolve_country(piece);
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
      codes.push_back(std::move(code));
    }
  }
  return codes;
}

model::EventType resolve_type(std::string_view text) {
  if (auto type = model::parse_event_type(text)) {
    return *type;
  }
  const auto& names = model::event_type_names();
  throw UsageError(util::unknown_name({.kind = "event type", .word = text}, names, util::name_list("types", names)));
}

std::optional<std::string> find_treaty(std::string_view text, std::span<const model::Treaty> treaties) {
  const auto found = std::find_if(treaties.begin(), treaties.end(), [&](const model::Treaty& treaty) {
    return util::iequals(treaty.id, text) ||
           std::any_of(treaty.aliases.begin(), treaty.aliases.end(),
                       [&](const std::string& alias) { return util::iequals(alias, text); });
  });
  return found == treaties.end() ? std::nullopt : std::optional<std::string>(found->id);
}

std::string resolve_treaty(std::string_view text, std::span<const model::Treaty> treaties) {
  if (auto id = find_treaty(text, treaties)) {
    return *std::move(id);
  }
  if (treaties.empty()) {
    throw UsageError(fmt::format("unknown treaty '{}': the data loaded defines no treaty", text));
  }
  std::vector<std::string> ids;
  std::vector<std::string> ids_and_aliases; // suggested from; the list when none is close names ids only
  for (const auto& treaty : treaties) {
    ids.push_back(treaty.id);
    ids_and_aliases.push_back(treaty.id);
    ids_and_aliases.insert(ids_and_aliases.end(), treaty.aliases.begin(), treaty.aliases.end());
  }
  throw UsageError(
      util::unknown_name({.kind = "treaty", .word = text}, ids_and_aliases, util::name_list("loaded treaties", ids)));
}

std::string resolve_treaty(std::string_view text, const engine::Timeline& timeline) {
  return resolve_treaty(text, timeline.treaties());
}

engine::Filter resolve_filter(const FilterOptions& options, const DateFlags& dates, const engine::Timeline& timeline) {
  engine::Filter filter;
  dates.apply_to(filter);
  for (const auto& country : options.countries) {
    auto codes = resolve_joint_countries(country);
    if (codes.size() == 1) {
      filter.countries.push_back(std::move(codes.front()));
    } else {
      filter.joint_countries.push_back(std::move(codes));
    }
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
