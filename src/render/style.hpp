#pragma once
// Terminal colours for event types and table headers (ANSI SGR sequences).

#include "model/event_type.hpp"

#include <string>
#include <string_view>

namespace accords::render {

// The SGR sequence that colours an event type, e.g. "\x1b[32m" for membership-giving types.
[[nodiscard]] std::string_view type_color(model::EventType type);
// The SGR sequence for table headers.
[[nodiscard]] std::string_view header_style();
// The SGR sequences of a diff's lines, as git colours them: added green, removed red, and
// changed (present on both sides) yellow.
[[nodiscard]] std::string_view added_style();
[[nodiscard]] std::string_view removed_style();
[[nodiscard]] std::string_view changed_style();
// The SGR reset sequence.
[[nodiscard]] std::string_view reset_style();
// `text` wrapped in `style` and a reset when `enabled`, else `text` unchanged.
[[nodiscard]] std::string styled(std::string_view text, std::string_view style, bool enabled);

} // namespace accords::render
