#include "edit/canonical_yaml.hpp"

#include "edit/yaml_scalar.hpp"
#include "load/event_fields.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace accords::edit {
namespace {

using load::YamlNode;

// The column before which notes and summaries on one line are folded.
constexpr std::size_t fold_width = 92;

// What a mapping is, which decides the order of its keys and which of its lists are flow.
enum class Place { root, treaty, entity, event, other };

// The keys of a mapping at `place`, in the order they are written; others follow, as written.
const std::vector<std::string>& key_order(Place place) {
  static const std::vector<std::string> root_keys{"schema", "entities", "treaty", "events"};
  static const std::vector<std::string> none;
  switch (place) {
  case Place::root:
    return root_keys;
  case Place::treaty:
    return load::treaty_keys();
  case Place::entity:
    return load::entity_keys();
  case Place::event:
    return load::event_keys();
  case Place::other:
    break;
  }
  return none;
}

// Whether the list under `key` at `place` is written in flow style (when its items are text).
bool flow_list(Place place, std::string_view key) {
  return (place == Place::event && (key == "parties" || key == "mediators" || key == "tags")) ||
         (place == Place::treaty && key == "aliases");
}

// What the value of `key` at `place` is.
Place child_place(Place place, std::string_view key) {
  if (place == Place::root && key == "treaty") {
    return Place::treaty;
  }
  return Place::other;
}

// What the items of the list under `key` at `place` are.
Place item_place(Place place, std::string_view key) {
  if (place == Place::root && key == "events") {
    return Place::event;
  }
  if (place == Place::root && key == "entities") {
    return Place::entity;
  }
  return Place::other;
}

// `text` (a scalar's lines) with `comment` at the end of its first line: after a block's
// header, or after the scalar on its one line.
std::string with_comment(std::string text, const std::string& comment) {
  const auto header_end = text.find('\n');
  text.insert(header_end == std::string::npos ? text.size() : header_end, comment);
  return text;
}

// Whether every item of `sequence` is a scalar.
bool all_scalars(const YamlNode& sequence) {
  return std::all_of(sequence.items.begin(), sequence.items.end(),
                     [](const YamlNode& item) { return item.kind == YamlNode::Kind::scalar; });
}

// The pairs of `mapping` in the order they are written at `place`.
std::vector<const std::pair<YamlNode, YamlNode>*> ordered_pairs(const YamlNode& mapping, Place place) {
  const auto& order = key_order(place);
  std::vector<const std::pair<YamlNode, YamlNode>*> pairs;
  for (const auto& pair : mapping.pairs) {
    pairs.push_back(&pair);
  }
  const auto rank = [&](const std::pair<YamlNode, YamlNode>* pair) {
    const auto at = std::find(order.begin(), order.end(), pair->first.value);
    return static_cast<std::size_t>(at - order.begin());
  };
  std::stable_sort(pairs.begin(), pairs.end(), [&](const auto* a, const auto* b) { return rank(a) < rank(b); });
  return pairs;
}

// The comments that go with one entry (a key or an item).
struct Attached {
  std::vector<std::string> before;   // on lines of their own before it; "" for a blank line among them
  std::vector<std::string> trailing; // at the end of its first line
};

// How a reader must take the scalar `node`: as it took it where it was plain or tagged.
Typing typing_of(const YamlNode& node) { return node.plain || !node.tag.empty() ? Typing::as_written : Typing::text; }

// "!tag " for a node with an explicit tag, else "".
std::string tag_prefix(const YamlNode& node) { return node.tag.empty() ? std::string() : yaml_tag(node.tag) + ' '; }

// Writes the canonical text.
class Writer {
public:
  Writer(const YamlNode& root, const std::vector<Comment>& comments, const std::vector<CommentOwner>& owners,
         std::span<const std::size_t> event_order)
      : root_(root), event_order_(event_order) {
    attach(comments, owners);
  }

  std::string write() {
    for (const auto& line : header_) {
      out_ += line + '\n';
    }
    if (!header_.empty()) {
      out_ += '\n'; // the comments of the top are apart from the first key (comment_owners)
    }
    write_pairs(root_, 0, Place::root, "");
    if (!footer_.empty()) {
      separate();
    }
    for (const auto& line : footer_) {
      out_ += line + '\n';
    }
    return std::move(out_);
  }

private:
  // Gives each comment to its owner's entry (comment_owners), or to the header or the footer,
  // keeping a blank line between runs of comments on lines of their own.
  void attach(const std::vector<Comment>& comments, const std::vector<CommentOwner>& owners) {
    const std::vector<std::string>* last_target = nullptr;
    int last_line = 0;
    for (std::size_t i = 0; i < comments.size(); ++i) {
      const auto& comment = comments[i];
      const auto& owner = owners[i];
      if (owner.place == CommentOwner::Place::entry && owner.trailing) {
        attached_[owner.entry].trailing.push_back(comment.text);
        continue;
      }
      auto& target = owner.place == CommentOwner::Place::top   ? header_
                     : owner.place == CommentOwner::Place::end ? footer_
                                                               : attached_[owner.entry].before;
      if (&target == last_target && comment.line > last_line + 1) {
        target.emplace_back();
      }
      target.push_back(comment.text);
      last_target = &target;
      last_line = comment.line;
    }
  }

  // Ends the text with a blank line, unless it ends with one already: the last line of a
  // block scalar that keeps its final line breaks (`|+`), which a further one would join.
  void separate() {
    if (!out_.ends_with("\n\n")) {
      out_ += '\n';
    }
  }

  // Whether a comment belongs to one of the items of `sequence`.
  [[nodiscard]] bool items_hold_comments(const YamlNode& sequence) const {
    return std::ranges::any_of(sequence.items, [&](const YamlNode& item) { return attached_.contains(&item); });
  }

  // Writes the comments before `node`, indented by `indent`.
  void write_before(const YamlNode* node, int indent) {
    const auto found = attached_.find(node);
    if (found == attached_.end()) {
      return;
    }
    auto& attached = found->second;
    // Several comments at the ends of one entry's lines: all but the first go before it.
    for (std::size_t i = 1; i < attached.trailing.size(); ++i) {
      attached.before.push_back(attached.trailing[i]);
    }
    attached.trailing.resize(std::min<std::size_t>(attached.trailing.size(), 1));
    for (const auto& line : attached.before) {
      out_ += line.empty() ? std::string() : std::string(static_cast<std::size_t>(indent), ' ') + line;
      out_ += '\n';
    }
    attached.before.clear();
  }

  // "  # comment" for the first line of `node`, or "".
  std::string trailing(const YamlNode* node) const {
    const auto found = attached_.find(node);
    return found == attached_.end() || found->second.trailing.empty() ? std::string()
                                                                      : "  " + found->second.trailing.front();
  }

  // Writes the pairs of `mapping` with their keys at `indent`; the first line starts with
  // `lead` (a sequence item's "- ") when it is not empty.
  void write_pairs(const YamlNode& mapping, int indent, Place place, const std::string& lead) {
    bool first = true;
    for (const auto* pair : ordered_pairs(mapping, place)) {
      write_before(&pair->first, first && !lead.empty() ? indent - 2 : indent);
      std::string line = first && !lead.empty() ? lead : std::string(static_cast<std::size_t>(indent), ' ');
      line +=
          tag_prefix(pair->first) + yaml_scalar(pair->first.value, ScalarPlace::block, typing_of(pair->first)) + ':';
      write_value(line, &pair->first, pair->second, indent, place, pair->first.value);
      first = false;
    }
  }

  // Finishes `line` (a key and its colon, at `indent`) with `value` and what follows it.
  void write_value(const std::string& line, const YamlNode* entry, const YamlNode& value, int indent, Place place,
                   std::string_view key) {
    const auto comment = trailing(entry);
    const auto head = line + (value.tag.empty() ? std::string() : ' ' + yaml_tag(value.tag));
    switch (value.kind) {
    case YamlNode::Kind::null:
      out_ += line + comment + '\n';
      return;
    case YamlNode::Kind::scalar: {
      const bool prose = key == "notes" || key == "summary";
      const auto text = yaml_text_value(value.value, indent, prose ? fold_width : 0, typing_of(value));
      out_ += head + ' ' + with_comment(text, comment) + '\n';
      return;
    }
    case YamlNode::Kind::sequence:
      if (value.items.empty()) {
        out_ += head + " []" + comment + '\n';
        return;
      }
      if (flow_list(place, key) && all_scalars(value) && !items_hold_comments(value)) {
        out_ += head + " [";
        for (std::size_t i = 0; i < value.items.size(); ++i) {
          const auto& item = value.items[i];
          out_ += (i == 0 ? "" : ", ") + tag_prefix(item) + yaml_scalar(item.value, ScalarPlace::flow, typing_of(item));
        }
        out_ += ']' + comment + '\n';
        return;
      }
      out_ += head + comment + '\n';
      write_items(value, indent + 2, item_place(place, key), place == Place::root && key == "events");
      return;
    case YamlNode::Kind::mapping:
      if (value.pairs.empty()) {
        out_ += head + " {}" + comment + '\n';
        return;
      }
      out_ += head + comment + '\n';
      write_pairs(value, indent + 2, child_place(place, key), "");
      return;
    }
  }

  // Writes the items of `sequence`, their `-` at `indent`; the root's events in event_order_,
  // a blank line between them.
  void write_items(const YamlNode& sequence, int indent, Place place, bool events) {
    std::vector<std::size_t> order =
        events ? std::vector<std::size_t>(event_order_.begin(), event_order_.end()) : std::vector<std::size_t>();
    if (order.size() != sequence.items.size()) {
      order.clear();
      for (std::size_t i = 0; i < sequence.items.size(); ++i) {
        order.push_back(i);
      }
    }
    bool first = true;
    for (const auto index : order) {
      if (events && !first) {
        separate();
      }
      write_item(sequence.items[index], indent, place);
      first = false;
    }
  }

  // Writes one item, its `-` at `indent`.
  void write_item(const YamlNode& item, int indent, Place place) {
    write_before(&item, indent);
    const std::string dash = std::string(static_cast<std::size_t>(indent), ' ') + "- ";
    if (item.kind == YamlNode::Kind::mapping && !item.pairs.empty() && item.tag.empty()) {
      // The item's own comment at the end of its line goes with its first key.
      const auto found = attached_.find(&item);
      if (found != attached_.end() && !found->second.trailing.empty()) {
        auto& first_key = attached_[&ordered_pairs(item, place).front()->first];
        first_key.trailing.insert(first_key.trailing.begin(), found->second.trailing.begin(),
                                  found->second.trailing.end());
      }
      write_pairs(item, indent + 2, place, dash);
      return;
    }
    const auto comment = trailing(&item);
    const auto bare_dash = dash.substr(0, dash.size() - 1) + (item.tag.empty() ? "" : ' ' + yaml_tag(item.tag));
    switch (item.kind) {
    case YamlNode::Kind::null:
      out_ += bare_dash + comment + '\n';
      return;
    case YamlNode::Kind::scalar:
      out_ += dash + tag_prefix(item) + with_comment(yaml_text_value(item.value, indent, 0, typing_of(item)), comment) +
              '\n';
      return;
    case YamlNode::Kind::sequence:
      if (item.items.empty()) {
        out_ += bare_dash + " []" + comment + '\n';
        return;
      }
      out_ += bare_dash + comment + '\n';
      write_items(item, indent + 2, Place::other, false);
      return;
    case YamlNode::Kind::mapping:
      if (item.pairs.empty()) {
        out_ += bare_dash + " {}" + comment + '\n';
        return;
      }
      out_ += bare_dash + comment + '\n'; // a tagged mapping: its tag alone on the item's line
      write_pairs(item, indent + 2, place, "");
      return;
    }
  }

  const YamlNode& root_;
  std::span<const std::size_t> event_order_;
  std::unordered_map<const YamlNode*, Attached> attached_;
  std::vector<std::string> header_;
  std::vector<std::string> footer_;
  std::string out_;
};

// The paths of the keys and items in `wanted` under a node: its keys' names and items'
// numbers from the root, events numbered by their place in `event_order`, a mapping item named
// by its first key as written.
class PathFinder {
public:
  PathFinder(std::span<const std::size_t> event_order, std::unordered_set<const YamlNode*> wanted)
      : wanted_(std::move(wanted)) {
    for (std::size_t i = 0; i < event_order.size(); ++i) {
      event_position_[event_order[i]] = i;
    }
  }

  // Finds the paths under `node`, at `place`.
  void visit(const YamlNode& node, Place place) {
    if (node.kind == YamlNode::Kind::mapping) {
      for (const auto& [key, value] : node.pairs) {
        segments_.push_back(key.value);
        note(&key, "");
        if (value.kind == YamlNode::Kind::sequence) {
          visit_items(value, item_place(place, key.value), segments_.size() == 1 && key.value == "events");
        } else {
          visit(value, child_place(place, key.value));
        }
        segments_.pop_back();
      }
    } else if (node.kind == YamlNode::Kind::sequence) {
      visit_items(node, Place::other, false);
    }
  }

  // The path of `node`, one of the wanted.
  [[nodiscard]] const std::string& path(const YamlNode* node) const { return paths_.at(node); }

private:
  void visit_items(const YamlNode& sequence, Place place, bool events) {
    for (std::size_t i = 0; i < sequence.items.size(); ++i) {
      const auto& item = sequence.items[i];
      const auto found = events ? event_position_.find(i) : event_position_.end();
      segments_.push_back(std::to_string(found == event_position_.end() ? i : found->second));
      const bool named_by_key = item.kind == YamlNode::Kind::mapping && !item.pairs.empty() && item.tag.empty();
      note(&item, named_by_key ? '/' + ordered_pairs(item, place).front()->first.value : std::string());
      visit(item, place);
      segments_.pop_back();
    }
  }

  // Keeps the path of `node`, followed by `suffix`, when it is wanted.
  void note(const YamlNode* node, const std::string& suffix) {
    if (!wanted_.contains(node)) {
      return;
    }
    std::string path;
    for (const auto& segment : segments_) {
      path += '/' + segment;
    }
    paths_[node] = path + suffix;
  }

  std::unordered_set<const YamlNode*> wanted_;
  std::unordered_map<std::size_t, std::size_t> event_position_;
  std::vector<std::string> segments_;
  std::unordered_map<const YamlNode*, std::string> paths_;
};

} // namespace

std::vector<std::string> comment_places(const load::YamlNode& root, const std::vector<Comment>& comments,
                                        const std::vector<CommentOwner>& owners,
                                        std::span<const std::size_t> event_order) {
  std::unordered_set<const YamlNode*> wanted;
  for (const auto& owner : owners) {
    wanted.insert(owner.entry);
  }
  PathFinder finder(event_order, std::move(wanted));
  finder.visit(root, Place::root);
  std::vector<std::string> places;
  places.reserve(comments.size());
  for (std::size_t i = 0; i < comments.size(); ++i) {
    const auto& owner = owners[i];
    const std::string place = owner.place == CommentOwner::Place::top   ? "^"
                              : owner.place == CommentOwner::Place::end ? "$"
                                                                        : finder.path(owner.entry);
    places.push_back(place + '\t' + comments[i].text);
  }
  std::sort(places.begin(), places.end());
  return places;
}

std::string canonical_yaml(const load::YamlNode& root, const std::vector<Comment>& comments,
                           const std::vector<CommentOwner>& owners, std::span<const std::size_t> event_order) {
  return Writer(root, comments, owners, event_order).write();
}

} // namespace accords::edit
