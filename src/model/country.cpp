#include "model/country.hpp"

#include "util/text_place.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace accords::model {
namespace {

// A country's texts, as places in country_texts: the generated table holds no pointer, so
// the dynamic loader writes nothing for it at start-up (a table of views had every one of
// them relocated at every start).
struct CountryPlaces {
  util::TextPlace alpha2, alpha3, name, common_name, official_name;
};

// Another name, as places in country_texts.
struct CountryAliasPlaces {
  util::TextPlace name, code;
  bool entity;
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

std::string_view country_text(util::TextPlace place) {
  return place.in(std::string_view(country_texts, sizeof country_texts - 1));
}

const std::vector<CountryAlias>& alias_table() {
  static const std::vector<CountryAlias> table = [] {
    std::vector<CountryAlias> made;
    made.reserve(std::size(country_alias_places));
    for (const auto& places : country_alias_places) {
      made.push_back({country_text(places.name), country_text(places.code), places.entity});
    }
    return made;
  }();
  return table;
}

// Every code and name of a country, folded, sorted, with the code it means; ISO's texts come
// before the other names, so of two equal folds the first found is ISO's.
using NameIndex = std::vector<std::pair<std::string, std::string_view>>;

const NameIndex& name_index() {
  static const NameIndex index = [] {
    NameIndex made;
    for (const auto& country : country_table()) {
      for (const auto text :
           {country.alpha2, country.alpha3, country.name, country.common_name, country.official_name}) {
        if (!text.empty()) {
          made.emplace_back(util::fold_name(text), country.alpha2);
        }
      }
    }
    for (const auto& alias : alias_table()) {
      made.emplace_back(util::fold_name(alias.name), alias.code);
    }
    std::stable_sort(made.begin(), made.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return made;
  }();
  return index;
}

// The code the folded name means, "" when none.
std::string_view code_named(std::string_view text) {
  const auto key = util::fold_name(text);
  if (key.empty()) {
    return "";
  }
  const auto& index = name_index();
  const auto found =
      std::lower_bound(index.begin(), index.end(), key,
                       [](const auto& entry, const std::string& wanted) { return entry.first < wanted; });
  return found != index.end() && found->first == key ? found->second : std::string_view();
}

} // namespace

std::span<const Country> all_countries() { return country_table(); }

std::span<const CountryAlias> all_country_aliases() { return alias_table(); }

const Country* country_by_alpha2(std::string_view code) {
  const auto& countries = country_table();
  const auto found =
      std::lower_bound(countries.begin(), countries.end(), code,
                       [](const Country& country, std::string_view key) { return country.alpha2 < key; });
  return found != countries.end() && found->alpha2 == code ? &*found : nullptr;
}

const Country* find_country(std::string_view code_or_name) { return country_by_alpha2(code_named(code_or_name)); }

std::string_view common_entity_code(std::string_view name) {
  const auto code = code_named(name);
  return country_by_alpha2(code) == nullptr ? code : std::string_view();
}

} // namespace accords::model
