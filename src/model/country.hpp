#pragma once
// ISO 3166-1 countries, generated at build time from Debian's iso-codes data, and the other
// names people use for them (model/country_aliases.tsv).

#include <optional>
#include <span>
#include <string_view>

namespace accords::model {

// One ISO 3166-1 entry.
struct Country {
  std::string_view alpha2;        // e.g. "AE"
  std::string_view alpha3;        // e.g. "ARE"
  std::string_view name;          // ISO short name, e.g. "Korea, Republic of"
  std::string_view common_name;   // e.g. "South Korea"; empty when ISO gives none
  std::string_view official_name; // e.g. "Republic of Korea"; empty when ISO gives none

  // The name to show people: the common name where ISO has one, else the short name.
  [[nodiscard]] std::string_view display_name() const { return common_name.empty() ? name : common_name; }
};

// A name for a country that ISO 3166-1 does not give ("UK", "Ivory Coast", "Burma"), or for a
// place it gives no code ("Kosovo").
struct CountryAlias {
  std::string_view name; // as people write it
  std::string_view code; // the ISO alpha-2 code it means, or for an entity the code timelines commonly define
  bool entity;           // true when `code` is no ISO code but an entity's (model/entity.hpp)
};

// Every country, sorted by alpha-2 code.
[[nodiscard]] std::span<const Country> all_countries();
// The country with this exact upper-case alpha-2 code; nullptr if there is none.
[[nodiscard]] const Country* country_by_alpha2(std::string_view code);
// Every other name, in the order of model/country_aliases.tsv.
[[nodiscard]] std::span<const CountryAlias> all_country_aliases();
// The country named by an alpha-2 or alpha-3 code, an English name (short, common or official)
// or another name people use for it, compared as util::fold_name folds them (so without regard
// to case, accents and punctuation); nullptr if none matches.
[[nodiscard]] const Country* find_country(std::string_view code_or_name);
// The entity code commonly defined for a place ISO 3166-1 gives no code, when `name` is one of
// its names ("XK" for "Kosovo"); "" otherwise.
[[nodiscard]] std::string_view common_entity_code(std::string_view name);

} // namespace accords::model
