#pragma once
// ISO 3166-1 countries, generated at build time from Debian's iso-codes data.

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

// Every country, sorted by alpha-2 code.
[[nodiscard]] std::span<const Country> all_countries();
// The country with this exact upper-case alpha-2 code; nullptr if there is none.
[[nodiscard]] const Country* country_by_alpha2(std::string_view code);
// The country named by an alpha-2 or alpha-3 code or an English name (short, common or
// official), compared without regard to ASCII case; nullptr if none matches.
[[nodiscard]] const Country* find_country(std::string_view code_or_name);

} // namespace accords::model
