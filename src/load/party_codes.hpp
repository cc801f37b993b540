#pragma once
// Party codes as timeline files write them: ISO 3166-1 alpha-2 codes, and the codes of
// entities (model/entity.hpp), which no file alone can tell from a mistake.

#include <string>
#include <string_view>

namespace accords::load {

// True when `code`, which is no ISO alpha-2 code, may still be an entity's: written as one,
// and no code or name of a country (model::find_country, which knows "UK" and "UAE").
[[nodiscard]] bool may_be_entity_code(std::string_view code);

// The error for `code`, under `key`, that names no country or entity: what it may have meant.
[[nodiscard]] std::string unknown_code_message(std::string_view code, std::string_view key);

// The problem with `code` as the code of a new entity ("" when there is none): its form, or
// the country of ISO 3166-1 it would be mistaken for.
[[nodiscard]] std::string entity_code_problem(std::string_view code);

} // namespace accords::load
