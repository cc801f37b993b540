#pragma once
// Parties without an ISO 3166-1 code (the European Union, former states, Kosovo), defined by
// the `entities:` of timeline files, and the names of every party code.

#include "model/date.hpp"
#include "model/location.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::model {

// A party defined by a timeline file.
struct Entity {
  std::string code;                 // upper-case letters, digits and '-'; never an ISO 3166-1 code
  std::string name;                 // e.g. "European Union"
  std::optional<PartialDate> until; // the day it ceased to exist, if it did
  Location defined_at;              // where its mapping is
};

// True when `code` is written as an entity's code: 2 to 12 upper-case ASCII letters, digits
// and '-', starting with a letter.
[[nodiscard]] bool entity_code_syntax(std::string_view code);

// Makes `entities` the ones party_name and find_party know besides ISO 3166-1 (the data
// loaded; none until this is called).
void use_entities(std::span<const Entity> entities);
// The entity with this exact code among those in use; nullptr if none.
[[nodiscard]] const Entity* entity_by_code(std::string_view code);
// The name to show for a party code: the country's display name, an entity's name, else the
// code itself.
[[nodiscard]] std::string party_name(std::string_view code);
// The party code `text` names: a country by code or name (as find_country), or an entity in
// use by its code or name or, for a place such as Kosovo, by a name common_entity_code knows;
// names are compared as util::fold_name folds them; nullopt if none.
[[nodiscard]] std::optional<std::string> find_party(std::string_view text);
// The parties whose names or codes are closest to `text`, as "Name (CODE)", closest first, one
// per party and at most `max_results`: names rank before codes, so "Untied Kingdom" suggests
// "United Kingdom (GB)". Empty when none is close.
[[nodiscard]] std::vector<std::string> suggest_parties(std::string_view text, std::size_t max_results = 3);
// The code and name of every entity in use, by code.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> entity_names();

} // namespace accords::model
