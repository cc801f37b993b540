#include "render/fields.hpp"

#include "util/text.hpp"

#include <array>

namespace accords::render {
namespace {

constexpr std::array<Field, 11> fields{Field::id,    Field::date,    Field::end,       Field::treaty,
                                       Field::type,  Field::parties, Field::mediators, Field::title,
                                       Field::place, Field::tags,    Field::sources};
constexpr std::array<std::string_view, 11> names{"id",        "date",  "end",   "treaty", "type",   "parties",
                                                 "mediators", "title", "place", "tags",   "sources"};

} // namespace

std::span<const Field> all_fields() { return fields; }

std::string_view field_name(Field field) { return names.at(static_cast<std::size_t>(field)); }

std::optional<Field> parse_field(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) {
      return fields[i];
    }
  }
  return std::nullopt;
}

std::vector<Field> default_script_fields() {
  return {Field::id, Field::date, Field::end, Field::treaty, Field::type, Field::parties, Field::title};
}

std::vector<Field> default_table_fields() {
  return {Field::date, Field::end, Field::treaty, Field::type, Field::parties, Field::title};
}

void append_field_value(std::string& out, const model::Event& event, Field field, std::string_view separator) {
  switch (field) {
  case Field::id:
    out += event.id;
    return;
  case Field::date:
    out += event.date.text();
    return;
  case Field::end:
    if (event.end) {
      out += event.end->text();
    }
    return;
  case Field::treaty:
    out += event.treaty;
    return;
  case Field::type:
    out += model::event_type_name(event.type);
    return;
  case Field::parties:
    util::append_joined(out, event.parties, separator);
    return;
  case Field::mediators:
    util::append_joined(out, event.mediators, separator);
    return;
  case Field::title:
    out += event.title;
    return;
  case Field::place:
    out += event.place.value_or("");
    return;
  case Field::tags:
    util::append_joined(out, event.tags, separator);
    return;
  case Field::sources:
    util::append_joined(out, event.sources, separator);
    return;
  }
}

std::string field_value(const model::Event& event, Field field, std::string_view separator) {
  std::string value;
  append_field_value(value, event, field, separator);
  return value;
}

} // namespace accords::render
