#include "model/country.hpp"

#include "util/text.hpp"
#include "util/text_place.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace accords::model {
namespace {

// A country's texts, as places in country_texts: the generated table holds no pointer, so
// the dynamic loader writes nothing for it at start-up (a table of views had every one of
// them relocated at every start).
struct CountryPlaces {
  util::TextPlace alpha2, alpha3, name, common_name, official_name;
};

#include "countries_table.inc"

// Every country, sorted by alpha-2 code: made from the places the first time it is asked
// for, on the heap (an array of views the compiler could make at build time, relocated again).
const std::vector<Country>& country_table() {
  static const std::vector<Country> table = [] {
    const std::string_view texts(country_texts, sizeof country_texts - 1);
    const auto text = [&](util::TextPlace place) { return place.in(texts); };
    std::vector<Country> made;
    made.reserve(std::size(country_places));
    for (const auto& places : country_places) {
      made.push_back({text(places.alpha2), text(places.alpha3), text(places.name), text(places.common_name),
                      text(places.official_name)});
    }
    return made;
  }();
  return table;
}

} // namespace

std::span<const Country> all_countries() { return country_table(); }

const Country* country_by_alpha2(std::string_view code) {
  const auto& countries = country_table();
  const auto found =
      std::lower_bound(countries.begin(), countries.end(), code,
                       [](const Country& country, std::string_view key) { return country.alpha2 < key; });
  return found != countries.end() && found->alpha2 == code ? &*found : nullptr;
}

const Country* find_country(std::string_view code_or_name) {
  for (const auto& country : country_table()) {
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
