#pragma once
// Text made safe for Markdown, the one escaping `list --format markdown` and `report --format
// markdown` share.

#include <string>
#include <string_view>

namespace accords::render {

// The text with Markdown's inline punctuation (\ ` * _ [ ] < > | # & ~) escaped by a
// backslash and control characters (line breaks included) turned into spaces, so that it
// reads as written in a table cell, a list item or a heading: no title becomes a link, an
// HTML tag or a cell border.
[[nodiscard]] std::string markdown_text(std::string_view text);

} // namespace accords::render
