#pragma once
// The comments of a YAML text, found by reading it as YAML reads it: a `#` at the start of a
// line or after a space, outside quoted text and outside the lines of block scalars.

#include "load/parse/yaml_tree.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::edit {

// One comment.
struct Comment {
  int line = 0;            // 1-based
  bool own_line = false;   // nothing but spaces before it on its line
  bool after_dash = false; // only the `-` of sequence items (or a `?`) and spaces before it
  std::string text;        // from the `#` to the end of the line, trailing spaces and `\r` left out
};

// The comments of `text`, whose tree (as load::parse_yaml gives it) is `root`, in order; or
// nullopt when the text cannot be read with certainty (quoted text that a plain scalar over
// several lines seems to open), so that a caller never drops a comment it did not see.
[[nodiscard]] std::optional<std::vector<Comment>> find_comments(std::string_view text, const load::YamlNode& root);

} // namespace accords::edit
