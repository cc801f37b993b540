#pragma once
// Which key or item of a YAML text each of its comments belongs to, by one rule that fmt
// writes by and checks its result against.

#include "edit/yaml_comments.hpp"
#include "load/parse/yaml_tree.hpp"

#include <vector>

namespace accords::edit {

// Where a comment belongs.
struct CommentOwner {
  enum class Place { top, entry, end };
  Place place = Place::top;
  const load::YamlNode* entry = nullptr; // the key of a pair or an item, when place is entry
  bool trailing = false;                 // written at the end of the entry's first line
};

// The owner of each of `comments` (find_comments) in the tree `root` of a text of
// `line_count` lines. The entries are the keys of mappings and the items of sequences, but
// for the children of a flow collection that all begin on its first line. A comment on lines
// of its own belongs to the outermost entry that begins on the next line that begins one; one
// at the end of a line to the innermost entry begun on or before that line; one after a bare
// `- ` to the item that `-` begins. Comments before the first entry belong to the top, but
// for those on the lines right above it, which are its own; those after the last line that
// begins an entry belong to the end.
[[nodiscard]] std::vector<CommentOwner> comment_owners(const load::YamlNode& root,
                                                       const std::vector<Comment>& comments);

} // namespace accords::edit
