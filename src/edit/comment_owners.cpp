#include "edit/comment_owners.hpp"

#include <algorithm>
#include <unordered_set>

namespace accords::edit {
namespace {

using load::YamlNode;

// A key or an item, and the line it begins on.
struct Entry {
  const YamlNode* node;
  int line;
};

// Whether the children of `node`, a flow collection, all begin on its first line.
bool on_one_line(const YamlNode& node) {
  if (!node.flow) {
    return false;
  }
  if (node.kind == YamlNode::Kind::sequence) {
    return std::ranges::all_of(node.items, [&](const YamlNode& item) { return item.line == node.line; });
  }
  return std::ranges::all_of(node.pairs, [&](const auto& pair) { return pair.first.line == node.line; });
}

// Adds the entries under `node`, in document order.
void collect_entries(const YamlNode& node, std::vector<Entry>& entries) {
  if (on_one_line(node)) {
    return;
  }
  if (node.kind == YamlNode::Kind::mapping) {
    for (const auto& [key, value] : node.pairs) {
      entries.push_back({&key, key.line});
      collect_entries(value, entries);
    }
  } else if (node.kind == YamlNode::Kind::sequence) {
    for (const auto& item : node.items) {
      entries.push_back({&item, item.line});
      collect_entries(item, entries);
    }
  }
}

} // namespace

std::vector<CommentOwner> comment_owners(const YamlNode& root, const std::vector<Comment>& comments) {
  std::vector<Entry> entries;
  collect_entries(root, entries);
  // Document order gives lines that never decrease, so both searches below are binary.
  const auto first_at_or_after = [&](int line) { return std::ranges::lower_bound(entries, line, {}, &Entry::line); };
  // The comments on the lines right above the first entry, with no blank line between, are
  // its own; those above a blank line (or a document marker) before it are the top's.
  std::unordered_set<int> own_lines;
  for (const auto& comment : comments) {
    if (comment.own_line) {
      own_lines.insert(comment.line);
    }
  }
  int first_owned_line = entries.empty() ? 0 : entries.front().line;
  while (own_lines.contains(first_owned_line - 1)) {
    --first_owned_line;
  }
  std::vector<CommentOwner> owners;
  owners.reserve(comments.size());
  for (const auto& comment : comments) {
    CommentOwner owner;
    if (comment.own_line || comment.after_dash) {
      // The outermost entry on the next line that begins one.
      const auto next = first_at_or_after(comment.line + (comment.own_line ? 0 : 1));
      if (entries.empty() || (comment.own_line && comment.line < first_owned_line)) {
        owner.place = CommentOwner::Place::top;
      } else if (next == entries.end()) {
        owner.place = CommentOwner::Place::end;
      } else {
        owner = {CommentOwner::Place::entry, next->node, comment.after_dash};
      }
    } else {
      // The innermost entry begun on or before the comment's line.
      const auto after = std::ranges::upper_bound(entries, comment.line, {}, &Entry::line);
      if (after == entries.begin()) {
        owner.place = CommentOwner::Place::top;
      } else {
        owner = {CommentOwner::Place::entry, std::prev(after)->node, true};
      }
    }
    owners.push_back(owner);
  }
  return owners;
}

} // namespace accords::edit
