#pragma once
// The columns of the tabular formats (table, tsv, csv, markdown) and their values.

#include "model/event.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// A column that --fields can name.
enum class Field {
  id,
  date,
  end,
  treaty,
  type,
  parties,
  mediators,
  title,
  place,
  tags,
  sources,
  notes,
  effective,
  from
};

// How the items of a list field are written in one cell.
enum class ListCell {
  script,  // tsv and csv: joined with ',', and within an item '\' written '\\' and ',' written '\,',
           // so that split_list_cell gives the items back (a source may hold commas)
  display, // table and markdown: joined with ", ", as they are
};

// Every field, in the order cli.md lists them (then notes, effective and from, added since).
[[nodiscard]] std::span<const Field> all_fields();
// The name --fields uses, e.g. "parties".
[[nodiscard]] std::string_view field_name(Field field);
// The field with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<Field> parse_field(std::string_view name);
// The columns of tsv, csv and markdown when --fields is not given.
[[nodiscard]] std::vector<Field> default_script_fields();
// The columns of the terminal table when --fields is not given.
[[nodiscard]] std::vector<Field> default_table_fields();
// The event's value for a field: lists written as `list` says, absent values empty.
[[nodiscard]] std::string field_value(const model::Event& event, Field field, ListCell list = ListCell::script);
// The same value, appended to `out`.
void append_field_value(std::string& out, const model::Event& event, Field field, ListCell list = ListCell::script);
// The items of a list field's value as ListCell::script writes it: split at each ',' that no
// '\' escapes, each "\," and "\\" made ',' and '\' again; no items for an empty cell.
[[nodiscard]] std::vector<std::string> split_list_cell(std::string_view cell);
// The items of a list field (parties, mediators, tags, sources); empty for any other field.
[[nodiscard]] std::vector<std::string> list_items(const model::Event& event, Field field);

} // namespace accords::render
