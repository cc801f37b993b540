#pragma once
// The aligned, coloured table for a terminal.

#include "render/event_writers.hpp"
#include "render/fields.hpp"

#include <cstddef>
#include <ostream>
#include <vector>

namespace accords::render {

// How the table is drawn.
struct TableOptions {
  bool color = false;              // colour the type column and bold the header
  bool header = true;              // print a header row
  std::size_t width = 0;           // terminal columns to fit in; 0 means no limit
  bool drop_empty_columns = false; // leave out a column no event has a value for (for the default columns)
};

// Writes the events as columns separated by two spaces, each padded to its widest cell
// (measured in display columns), with no trailing blanks. When the rows are wider than
// `width`, the columns are laid out as render/table_layout plans: lists summarised ("BE, BG
// +25"), free text and the title shortened with "…", dates never cut, and on a narrow terminal
// whole columns left out.
void write_table(std::ostream& out, const EventList& events, const std::vector<Field>& fields,
                 const TableOptions& options);

} // namespace accords::render
