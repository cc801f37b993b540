#include "render/fields.hpp"

#include "util/text.hpp"

#include <array>

namespace accords::render {
namespace {

constexpr std::array<Field, 14> fields{Field::id,      Field::date,      Field::end,       Field::treaty, Field::type,
                                       Field::parties, Field::mediators, Field::title,     Field::place,  Field::tags,
                                       Field::sources, Field::notes,     Field::effective, Field::from};
constexpr std::array<std::string_view, 14> names{"id",    "date",  "end",  "treaty",  "type",  "parties",   "mediators",
                                                 "title", "place", "tags", "sources", "notes", "effective", "from"};

// Appends the items, as `list` says.
template <typename Items> void append_list(std::string& out, const Items& items, ListCell list) {
  bool first = true;
  for (const auto& item : items) {
    if (!first) {
      out += list == ListCell::script ? "," : ", ";
    }
    first = false;
    if (list == ListCell::display) {
      out += item;
      continue;
    }
    for (const char c : std::string_view(item)) {
      if (c == ',' || c == '\\') {
        out += '\\';
      }
      out += c;
    }
  }
}

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

void append_field_value(std::string& out, const model::Event& event, Field field, ListCell list) {
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
    append_list(out, event.parties, list);
    return;
  case Field::mediators:
    append_list(out, event.mediators, list);
    return;
  case Field::title:
    out += event.title;
    return;
  case Field::place:
    out += event.place.value_or("");
    return;
  case Field::tags:
    append_list(out, event.tags, list);
    return;
  case Field::sources:
    append_list(out, event.sources, list);
    return;
  case Field::notes:
    out += event.notes.value_or("");
    return;
  case Field::effective:
    if (event.effective) {
      out += event.effective->text();
    }
    return;
  case Field::from:
    out += event.from;
    return;
  }
}

std::string field_value(const model::Event& event, Field field, ListCell list) {
  std::string value;
  append_field_value(value, event, field, list);
  return value;
}

std::vector<std::string> split_list_cell(std::string_view cell) {
  std::vector<std::string> items;
  if (cell.empty()) {
    return items;
  }
  items.emplace_back();
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\\' && i + 1 < cell.size()) {
      items.back() += cell[++i];
    } else if (cell[i] == ',') {
      items.emplace_back();
    } else {
      items.back() += cell[i];
    }
  }
  return items;
}

std::vector<std::string> list_items(const model::Event& event, Field field) {
  const auto copy = [](const auto& items) { return std::vector<std::string>(items.begin(), items.end()); };
  switch (field) {
  case Field::parties:
    return copy(event.parties);
  case Field::mediators:
    return copy(event.mediators);
  case Field::tags:
    return copy(event.tags);
  case Field::sources:
    return copy(event.sources);
  case Field::id:
  case Field::date:
  case Field::end:
  case Field::treaty:
  case Field::type:
  case Field::title:
  case Field::place:
  case Field::notes:
  case Field::effective:
  case Field::from:
    break;
  }
  return {};
}

} // namespace accords::render
