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
enum class Field { id, date, end, treaty, type, parties, mediators, title, place, tags, sources };

// Every field, in the order cli.md lists them.
[[nodiscard]] std::span<const Field> all_fields();
// The name --fields uses, e.g. "parties".
[[nodiscard]] std::string_view field_name(Field field);
// The field with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<Field> parse_field(std::string_view name);
// The columns of tsv, csv and markdown when --fields is not given.
[[nodiscard]] std::vector<Field> default_script_fields();
// The columns of the terminal table when --fields is not given.
[[nodiscard]] std::vector<Field> default_table_fields();
// The event's value for a field: lists joined with `separator`, absent values empty.
[[nodiscard]] std::string field_value(const model::Event& event, Field field, std::string_view separator = ",");
// The same value, appended to `out`.
void append_field_value(std::string& out, const model::Event& event, Field field, std::string_view separator = ",");

} // namespace accords::render
