#pragma once
// The one layout `accords fmt` writes a timeline file in: keys in the format's order,
// two-space indentation, parties, mediators, tags and aliases in flow style, sources and
// every other list one item per line, text quoted only where YAML needs it, notes on
// several lines as literal blocks, a blank line between events, every comment kept with what
// it is written before or beside.

#include "edit/comment_owners.hpp"
#include "edit/yaml_comments.hpp"
#include "load/parse/yaml_tree.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::edit {

// The text of a timeline file whose tree (load::parse_yaml) is `root` and whose comments are
// `comments`, owned by `owners` (comment_owners), in the canonical layout. The items of the root's `events` are written
// in the order of `event_order` (their indexes, each once), in their own order when it is empty. Each comment goes with
// what it belongs to (comment_owners): one on lines of its own before it, one at the end of a line at the end of its
// first line (an item's on its first key's); the comments of the top and the end stay there. Explicit tags are kept,
// and text that was quoted stays quoted where a YAML 1.2 or 1.1 reader would take it for something else.
[[nodiscard]] std::string canonical_yaml(const load::YamlNode& root, const std::vector<Comment>& comments,
                                         const std::vector<CommentOwner>& owners,
                                         std::span<const std::size_t> event_order = {});

// Each of `comments` as "owner\ttext", sorted, where the owner (`owners`, from comment_owners) is the path of
// keys and item numbers from the root, "^" for the top or "$" for the end; the root's events
// are numbered by their place in `event_order` (as they are, when it is empty) and a mapping
// item by its first key in the canonical order. A text and its canonical layout that give
// equal lists keep every comment with what it belongs to.
[[nodiscard]] std::vector<std::string> comment_places(const load::YamlNode& root, const std::vector<Comment>& comments,
                                                      const std::vector<CommentOwner>& owners,
                                                      std::span<const std::size_t> event_order = {});

} // namespace accords::edit
