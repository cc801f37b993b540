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

std::string field_value(const model::Event& event, Field field, std::string_view separator) {
  switch (field) {
  case Field::id:
    return std::string(event.id);
  case Field::date:
    return event.date.text();
  case Field::end:
    return event.end ? event.end->text() : std::string();
  case Field::treaty:
    return std::string(event.treaty);
  case Field::type:
    return std::string(model::event_type_name(event.type));
  case Field::parties:
    return util::join(event.parties, separator);
  case Field::mediators:
    return util::join(event.mediators, separator);
  case Field::title:
    return std::string(event.title);
  case Field::place:
    return std::string(event.place.value_or(""));
  case Field::tags:
    return util::join(event.tags, separator);
  case Field::sources:
    return util::join(event.sources, separator);
  }
  return "";
}

} // namespace accords::render
