#include "model/country.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace accords::model {
namespace {

constexpr Country countries[] = {
#include "countries_table.inc"
};

} // namespace

std::span<const Country> all_countries() { return countries; }

const Country* country_by_alpha2(std::string_view code) {
  const auto* found =
      std::lower_bound(std::begin(countries), std::end(countries), code,
                       [](const Country& country, std::string_view key) { return country.alpha2 < key; });
  return found != std::end(countries) && found->alpha2 == code ? found : nullptr;
}

const Country* find_country(std::string_view code_or_name) {
  for (const auto& country : countries) {
    for (const auto candidate :
         {country.alpha2, country.alpha3, country.name, country.common_name, country.official_name}) {
      if (!candidate.empty() && util::iequals(candidate, code_or_name)) {
        return &country;
      }
    }
  }
  return nullptr;
}

} // namespace accords::model
