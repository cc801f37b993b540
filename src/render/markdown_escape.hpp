#pragma once
// Text made safe for Markdown, and the rows of its tables: what `list`, `report` and `diff`
// share in their Markdown formats.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// The text with Markdown's inline punctuation (\ ` * _ [ ] < > | # & ~) escaped by a
// backslash and control characters (line breaks included) turned into spaces, so that it
// reads as written in a table cell, a list item or a heading: no title becomes a link, an
// HTML tag or a cell border.
[[nodiscard]] std::string markdown_text(std::string_view text);

// Writes one table row, "| a | b |" and a line end; the cells are written as they are
// (escaped already, where they need it).
void write_markdown_row(std::ostream& out, const std::vector<std::string>& cells);

} // namespace accords::render
