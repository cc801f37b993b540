#pragma once
// Escaping text for XML and HTML outputs (the SVG chart, TimelineJS slides).

#include <string>
#include <string_view>

namespace accords::render {

// Whether quotes are escaped too: needed inside attributes, noise in element text.
enum class Quotes { keep, escape };

// The text with '&', '<' and '>' (and '"' and '\'' when asked) as character entities.
[[nodiscard]] std::string escape_markup(std::string_view text, Quotes quotes);

} // namespace accords::render
