#pragma once
// Adding one event to the text of a timeline file, keeping every byte it already holds.

#include "edit/event_draft.hpp"
#include "load/parse/yaml_tree.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace accords::edit {

// A file's text with an event added.
struct Inserted {
  std::string text; // the whole new text
  int line = 0;     // the line the event's item starts on, 1-based
};

// `original` (whose tree is `root`, as load::parse_yaml gives it) with `draft` added as the
// last item of its `events` sequence, indented as the items before it (an `events:` key is
// added at the end when there is none; the end is before a document end marker `...` that
// only comments follow). Only new lines are added, and the new event is
// separated as the file separates its events: every byte of `original` is kept, except that
// an empty `events: []` loses its `[]` and a last line without a line end gets one. Line ends
// follow the file's (CRLF when it uses them). A message saying why when the file's `events`
// cannot take an item this way (not a sequence, or a flow sequence with items).
[[nodiscard]] std::variant<Inserted, std::string> insert_event(std::string_view original, const load::YamlNode& root,
                                                               const EventDraft& draft);

} // namespace accords::edit
