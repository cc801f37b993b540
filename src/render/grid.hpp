#pragma once
// Rows of plain text cells as an aligned terminal grid or as TSV lines: the tabular output of
// `treaties` and `members`, whose rows are not events (render/table is for events).

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// One cell: its text and the SGR style it takes when colour is on (empty: none).
struct GridCell {
  std::string text;       // one line; tabs and line breaks are shown as spaces
  std::string_view style; // e.g. type_color(...); must outlive the write
};

// One step of fitting a grid to the terminal: shorten `column` down to no less than `floor`.
struct GridShrink {
  std::size_t column; // index into the columns
  std::size_t floor;  // display columns it keeps (at least 1)
};

// How the grid is drawn.
struct GridOptions {
  bool color = false;    // apply the cells' styles and bold the header
  bool header = true;    // print a header row
  std::size_t width = 0; // terminal columns to fit in; 0 means no limit
};

// Writes the rows under the `headers` as columns separated by two spaces, each padded to its
// widest cell in display columns, without trailing blanks. When wider than options.width,
// the `shrink` steps are taken in order, each only as far as needed, and cut cells end in
// "…"; the grid stays wider than the terminal when the steps cannot make it fit.
void write_grid(std::ostream& out, const std::vector<std::string>& headers,
                const std::vector<std::vector<GridCell>>& rows, const std::vector<GridShrink>& shrink,
                const GridOptions& options);

// Writes one line of tab-separated cells; tabs and line breaks inside cells become spaces.
void write_tsv_row(std::ostream& out, const std::vector<std::string>& cells);

} // namespace accords::render
