#pragma once
// Every field of an event or a treaty as "key=value" lines, through the field lists of
// load/event_fields.hpp, so that a comparison of two loads covers a field as soon as it is
// listed there.

#include "load/event_fields.hpp"
#include "model/event_type.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::testing {

// Writes each field as "key=value"; an absent optional value as "key absent".
class FieldTexts {
public:
  explicit FieldTexts(std::vector<std::string>& out) : out_(out) {}

  void operator()(const load::Field& field, std::string_view text) const { add(field, text); }
  void operator()(const load::Field& field, const model::OptionalText& text) const {
    text ? add(field, *text) : absent(field);
  }
  void operator()(const load::Field& field, std::span<const std::string_view> texts) const {
    add(field, fmt::format("[{}]", fmt::join(texts, "|")));
  }
  void operator()(const load::Field& field, const model::PartialDate& date) const { add(field, date.text()); }
  void operator()(const load::Field& field, const std::optional<model::PartialDate>& date) const {
    date ? add(field, date->text()) : absent(field);
  }
  void operator()(const load::Field& field, model::EventType type) const { add(field, model::event_type_name(type)); }
  void operator()(const load::Field& field, model::JoinedBy joined_by) const {
    add(field, model::joined_by_name(joined_by));
  }
  void operator()(const load::Field& field, const std::string& text) const { add(field, text); }
  void operator()(const load::Field& field, const std::optional<std::string>& text) const {
    text ? add(field, *text) : absent(field);
  }
  void operator()(const load::Field& field, const std::vector<std::string>& texts) const {
    add(field, fmt::format("[{}]", fmt::join(texts, "|")));
  }

private:
  void add(const load::Field& field, std::string_view value) const {
    out_.push_back(fmt::format("{}={}", field.key, value));
  }
  void absent(const load::Field& field) const { out_.push_back(fmt::format("{} absent", field.key)); }

  std::vector<std::string>& out_;
};

// Every field of `event`, then where it is defined and its load index.
inline std::vector<std::string> field_texts(const model::Event& event) {
  std::vector<std::string> out;
  load::visit_event_fields(event, FieldTexts(out));
  out.push_back("defined at " + event.defined_at.text());
  out.push_back(fmt::format("load index {}", event.load_index));
  return out;
}

// Every field of `treaty`, then where it is defined.
inline std::vector<std::string> field_texts(const model::Treaty& treaty) {
  std::vector<std::string> out;
  load::visit_treaty_fields(treaty, FieldTexts(out));
  out.push_back("defined at " + treaty.defined_at.text());
  return out;
}

// Every field of `entity`, then where it is defined.
inline std::vector<std::string> field_texts(const model::Entity& entity) {
  std::vector<std::string> out;
  load::visit_entity_fields(entity, FieldTexts(out));
  out.push_back("defined at " + entity.defined_at.text());
  return out;
}

} // namespace accords::testing
