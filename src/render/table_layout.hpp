#pragma once
// How the event table shares a terminal's width among its columns: dates and the other
// fixed-form columns keep what they need, lists are summarised and free text shortened, the
// title gets the rest, and on a narrow terminal whole columns are left out, least telling first.

#include "render/fields.hpp"

#include <cstddef>
#include <vector>

namespace accords::render {

// How a column gives way when the table is too wide.
enum class ColumnRole {
  fixed, // date, end, type, id, treaty: never cut (a cut "2021-03…" reads as a month), only left out
  list,  // parties, mediators, tags: summarised as "IL, AE +3"
  text,  // place, notes, sources: shortened with "…"
  title, // shortened last, never left out
};

// The role of a field's column.
[[nodiscard]] ColumnRole column_role(Field field);

// One column to lay out.
struct ColumnNeeds {
  Field field;
  std::size_t natural; // display width of its widest cell
  std::size_t header;  // display width of its header (0 without a header row)
};

// The width each column gets within `limit` display columns (with two between columns), 0 for a
// column left out; `limit` 0 means no limit and every column its natural width. A table that
// fits is unchanged. Otherwise lists and text are capped, then the title shortened to a readable
// length, then lists and text capped further, and then columns are left out (end, id, mediators,
// tags, sources, notes, place, treaty, type, parties) until the rest fits; a header is never
// cut. Room the title does not need goes back to the capped columns.
[[nodiscard]] std::vector<std::size_t> plan_column_widths(const std::vector<ColumnNeeds>& columns, std::size_t limit);

// The items of a list as a cell of at most `width` display columns: as many items as fit, joined
// with ", ", then " +N" for the N left out ("BE, BG +25"); the first item shortened with "…" when
// not even it fits with the count.
[[nodiscard]] std::string summarise_list(const std::vector<std::string>& items, std::size_t width);

} // namespace accords::render
