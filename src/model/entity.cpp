#include "model/entity.hpp"

#include "model/country.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace accords::model {
namespace {

// The entities in use, by code.
std::vector<Entity>& entities_in_use() {
  static std::vector<Entity> entities;
  return entities;
}

} // namespace

bool entity_code_syntax(std::string_view code) {
  const auto upper_or_digit = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  return code.size() >= 2 && code.size() <= 12 && code.front() >= 'A' && code.front() <= 'Z' &&
         std::all_of(code.begin(), code.end(), [&](char c) { return upper_or_digit(c) || c == '-'; });
}

void use_entities(std::span<const Entity> entities) {
  auto& in_use = entities_in_use();
  in_use.assign(entities.begin(), entities.end());
  std::sort(in_use.begin(), in_use.end(), [](const Entity& a, const Entity& b) { return a.code < b.code; });
}

const Entity* entity_by_code(std::string_view code) {
  const auto& in_use = entities_in_use();
  const auto found = std::lower_bound(in_use.begin(), in_use.end(), code,
                                      [](const Entity& entity, std::string_view key) { return entity.code < key; });
  return found != in_use.end() && found->code == code ? &*found : nullptr;
}

std::string party_name(std::string_view code) {
  if (const auto* country = country_by_alpha2(code)) {
    return std::string(country->display_name());
  }
  if (const auto* entity = entity_by_code(code)) {
    return entity->name;
  }
  return std::string(code);
}

std::optional<std::string> find_party(std::string_view text) {
  if (const auto* country = find_country(text)) {
    return std::string(country->alpha2);
  }
  for (const auto& entity : entities_in_use()) {
    if (util::iequals(entity.code, text) || util::iequals(entity.name, text)) {
      return entity.code;
    }
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> entity_names() {
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& entity : entities_in_use()) {
    names.emplace_back(entity.code, entity.name);
  }
  return names;
}

} // namespace accords::model
