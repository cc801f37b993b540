#pragma once
// The one layout `accords fmt` writes a timeline file in: keys in the format's order,
// two-space indentation, parties, mediators, tags and aliases in flow style, sources and
// every other list one item per line, text quoted only where YAML needs it, notes on
// several lines as literal blocks, a blank line between events, every comment kept with what
// it is written before or beside.

#include "edit/yaml_comments.hpp"
#include "load/parse/yaml_tree.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::edit {

// The text of a timeline file whose tree (load::parse_yaml) is `root` and whose comments are
// `comments`, in the canonical layout. The items of the root's `events` are written in the
// order of `event_order` (their indexes, each once), in their own order when it is empty.
// A comment on lines of its own goes with the key or item on the next line; one at the end of
// a line goes with the innermost key or item that starts on or before it; the comments before
// the first key stay at the top and those after the last line at the end.
[[nodiscard]] std::string canonical_yaml(const load::YamlNode& root, const std::vector<Comment>& comments,
                                         int line_count, std::span<const std::size_t> event_order = {});

} // namespace accords::edit
