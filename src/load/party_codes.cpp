#include "load/party_codes.hpp"

#include "model/country.hpp"
#include "model/entity.hpp"
#include "util/spell.hpp"

#include <fmt/format.h>

namespace accords::load {

bool may_be_entity_code(std::string_view code) {
  return model::entity_code_syntax(code) && model::find_country(code) == nullptr;
}

std::string unknown_code_message(std::string_view code, std::string_view key) {
  if (const auto* meant = model::find_country(code)) {
    return fmt::format("unknown country code '{}' in '{}' (did you mean '{}', {}?)", code, key, meant->alpha2,
                       meant->display_name());
  }
  if (model::entity_code_syntax(code)) {
    return fmt::format("unknown country code '{}' in '{}': use ISO 3166-1 alpha-2 codes such as 'IL', or define '{}' "
                       "under 'entities'",
                       code, key, code);
  }
  if (const auto suggestions = model::suggest_parties(code); !suggestions.empty()) {
    return fmt::format("unknown country code '{}' in '{}'{}", code, key, util::did_you_mean_any(suggestions));
  }
  return fmt::format("unknown country code '{}' in '{}': use ISO 3166-1 alpha-2 codes such as 'IL'", code, key);
}

std::string entity_code_problem(std::string_view code) {
  if (!model::entity_code_syntax(code)) {
    return fmt::format("invalid entity code '{}': use 2 to 12 upper-case letters, digits and '-', starting with a "
                       "letter (such as 'EU' or 'XK')",
                       code);
  }
  if (const auto* country = model::find_country(code)) {
    return fmt::format("entity code '{}' is taken by ISO 3166-1: it names {} ('{}'); an entity needs a code that ISO "
                       "does not assign",
                       code, country->display_name(), country->alpha2);
  }
  return "";
}

} // namespace accords::load
