#include "load/party_codes.hpp"

#include "model/country.hpp"
#include "model/entity.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <utility>

namespace accords::load {

std::string_view common_code_country(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> common[] = {
      {"UK", "GB"}, {"EL", "GR"}, {"UAE", "AE"}, {"KSA", "SA"}};
  for (const auto& [written, meant] : common) {
    if (util::iequals(code, written)) {
      return meant;
    }
  }
  return "";
}

bool may_be_entity_code(std::string_view code) {
  return model::entity_code_syntax(code) && model::find_country(code) == nullptr && common_code_country(code).empty();
}

std::string unknown_code_message(std::string_view code, std::string_view key) {
  const auto* meant = model::find_country(code);
  if (meant == nullptr) {
    meant = model::country_by_alpha2(common_code_country(code));
  }
  if (meant != nullptr) {
    return fmt::format("unknown country code '{}' in '{}' (did you mean '{}', {}?)", code, key, meant->alpha2,
                       meant->display_name());
  }
  if (model::entity_code_syntax(code)) {
    return fmt::format("unknown country code '{}' in '{}': use ISO 3166-1 alpha-2 codes such as 'IL', or define '{}' "
                       "under 'entities'",
                       code, key, code);
  }
  return fmt::format("unknown country code '{}' in '{}': use ISO 3166-1 alpha-2 codes such as 'IL'", code, key);
}

std::string entity_code_problem(std::string_view code) {
  if (!model::entity_code_syntax(code)) {
    return fmt::format("invalid entity code '{}': use 2 to 12 upper-case letters, digits and '-', starting with a "
                       "letter (such as 'EU' or 'XK')",
                       code);
  }
  const auto* country = model::find_country(code);
  if (country == nullptr) {
    country = model::country_by_alpha2(common_code_country(code));
  }
  if (country != nullptr) {
    return fmt::format("entity code '{}' is taken by ISO 3166-1: it names {} ('{}'); an entity needs a code that ISO "
                       "does not assign",
                       code, country->display_name(), country->alpha2);
  }
  return "";
}

} // namespace accords::load
