#include "model/entity.hpp"

#include "model/country.hpp"
#include "util/spell.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <utility>

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
  const auto folded = util::fold_name(text);
  for (const auto& entity : entities_in_use()) {
    if (util::fold_name(entity.code) == folded || util::fold_name(entity.name) == folded) {
      return entity.code;
    }
  }
  if (const auto code = common_entity_code(text); !code.empty() && entity_by_code(code) != nullptr) {
    return std::string(code);
  }
  return std::nullopt;
}

std::vector<std::string> suggest_parties(std::string_view text, std::size_t max_results) {
  // Every name, then every code, each folded, with the party it names.
  std::vector<std::string> folded_names;
  std::vector<std::pair<std::string, std::string>> parties; // code and display name, by index
  const auto add = [&](std::string_view name, std::string_view code, std::string_view display) {
    if (!name.empty()) {
      folded_names.push_back(util::fold_name(name));
      parties.emplace_back(code, display);
    }
  };
  for (const auto& country : all_countries()) {
    add(country.display_name(), country.alpha2, country.display_name());
    add(country.name, country.alpha2, country.display_name());
    add(country.official_name, country.alpha2, country.display_name());
  }
  for (const auto& alias : all_country_aliases()) {
    if (const auto* country = country_by_alpha2(alias.code)) {
      add(alias.name, alias.code, country->display_name());
    }
  }
  for (const auto& entity : entities_in_use()) {
    add(entity.name, entity.code, entity.name);
  }
  for (const auto& country : all_countries()) {
    add(country.alpha3, country.alpha2, country.display_name());
  }
  std::vector<std::string> found;
  for (const auto& name : util::closest(util::fold_name(text), folded_names, folded_names.size())) {
    const auto index =
        static_cast<std::size_t>(std::find(folded_names.begin(), folded_names.end(), name) - folded_names.begin());
    auto label = parties[index].second + " (" + parties[index].first + ")";
    if (std::find(found.begin(), found.end(), label) == found.end()) {
      found.push_back(std::move(label));
    }
    if (found.size() == max_results) {
      break;
    }
  }
  return found;
}

std::vector<std::pair<std::string, std::string>> entity_names() {
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& entity : entities_in_use()) {
    names.emplace_back(entity.code, entity.name);
  }
  return names;
}

} // namespace accords::model
