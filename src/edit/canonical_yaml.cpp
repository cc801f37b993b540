#include "edit/canonical_yaml.hpp"

#include "edit/yaml_scalar.hpp"
#include "load/event_fields.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace accords::edit {
namespace {

using load::YamlNode;

// The column before which notes and summaries on one line are folded.
constexpr std::size_t fold_width = 92;

// What a mapping is, which decides the order of its keys and which of its lists are flow.
enum class Place { root, treaty, entity, event, other };

// The keys of a mapping at `place`, in the order they are written; others follow, as written.
std::vector<std::string> key_order(Place place) {
  switch (place) {
  case Place::root:
    return {"schema", "entities", "treaty", "events"};
  case Place::treaty:
    return load::treaty_keys();
  case Place::entity:
    return load::entity_keys();
  case Place::event:
    return load::event_keys();
  case Place::other:
    break;
  }
  return {};
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
  const auto order = key_order(place);
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

// A key or an item that is written on a line of its own, where comments can go.
struct Entry {
  const YamlNode* node; // the key of a pair, or an item
  int line;
};

// The comments that go with one entry.
struct Attached {
  std::vector<std::string> before;   // on lines of their own before it; "" for a blank line among them
  std::vector<std::string> trailing; // at the end of its first line
};

// Writes the canonical text.
class Writer {
public:
  Writer(const YamlNode& root, const std::vector<Comment>& comments, int line_count,
         std::span<const std::size_t> event_order)
      : root_(root), event_order_(event_order) {
    collect_entries(root, Place::root);
    attach(comments, line_count);
  }

  std::string write() {
    for (const auto& line : header_) {
      out_ += line + '\n';
    }
    if (!header_.empty() && blank_after_header_) {
      out_ += '\n';
    }
    write_pairs(root_, 0, Place::root, "");
    if (!footer_.empty()) {
      out_ += '\n';
    }
    for (const auto& line : footer_) {
      out_ += line + '\n';
    }
    return std::move(out_);
  }

private:
  // Notes every entry under `node`, in document order.
  void collect_entries(const YamlNode& node, Place place) {
    if (node.kind == YamlNode::Kind::mapping) {
      for (const auto& [key, value] : node.pairs) {
        entries_.push_back({&key, key.line});
        if (value.kind == YamlNode::Kind::sequence && flow_list(place, key.value) && all_scalars(value)) {
          continue; // written on one line: its items take no comments of their own
        }
        if (value.kind == YamlNode::Kind::sequence) {
          for (const auto& item : value.items) {
            entries_.push_back({&item, item.line});
            collect_entries(item, item_place(place, key.value));
          }
        } else {
          collect_entries(value, child_place(place, key.value));
        }
      }
    } else if (node.kind == YamlNode::Kind::sequence) {
      for (const auto& item : node.items) {
        entries_.push_back({&item, item.line});
        collect_entries(item, Place::other);
      }
    }
  }

  // Gives each comment its entry, or the header or the footer.
  void attach(const std::vector<Comment>& comments, int line_count) {
    std::set<int> comment_lines;
    for (const auto& comment : comments) {
      if (comment.own_line) {
        comment_lines.insert(comment.line);
      }
    }
    std::set<int> entry_lines;
    for (const auto& entry : entries_) {
      entry_lines.insert(entry.line);
    }
    const int first_content = entry_lines.empty() ? line_count + 1 : *entry_lines.begin();
    std::vector<std::string> run; // own-line comments waiting for their entry, blank lines among them
    int last_run_line = 0;
    for (const auto& comment : comments) {
      if (!comment.own_line) {
        auto& attached = attached_[latest_entry_at(comment.line)];
        attached.trailing.push_back(comment.text);
        continue;
      }
      if (comment.line < first_content) {
        if (!header_.empty() && comment.line > last_run_line + 1) {
          header_.emplace_back();
        }
        header_.push_back(comment.text);
        last_run_line = comment.line;
        blank_after_header_ = comment.line + 1 < first_content;
        continue;
      }
      const auto next = entry_lines.upper_bound(comment.line);
      auto& target = next == entry_lines.end() ? footer_ : attached_[first_entry_at(*next)].before;
      if (!target.empty() && comment.line > last_run_line + 1 && last_run_line > 0) {
        target.emplace_back();
      }
      target.push_back(comment.text);
      last_run_line = comment.line;
    }
  }

  // The outermost entry that starts on `line` (an entry line).
  [[nodiscard]] const YamlNode* first_entry_at(int line) const {
    for (const auto& entry : entries_) {
      if (entry.line == line) {
        return entry.node;
      }
    }
    return entries_.front().node;
  }

  // The innermost entry that starts on or before `line`.
  [[nodiscard]] const YamlNode* latest_entry_at(int line) const {
    const YamlNode* latest = entries_.empty() ? nullptr : entries_.front().node;
    for (const auto& entry : entries_) {
      if (entry.line <= line) {
        latest = entry.node;
      }
    }
    return latest;
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
      line += yaml_scalar(pair->first.value) + ':';
      write_value(line, &pair->first, pair->second, indent, place, pair->first.value);
      first = false;
    }
  }

  // Finishes `line` (a key and its colon, at `indent`) with `value` and what follows it.
  void write_value(const std::string& line, const YamlNode* entry, const YamlNode& value, int indent, Place place,
                   std::string_view key) {
    const auto comment = trailing(entry);
    switch (value.kind) {
    case YamlNode::Kind::null:
      out_ += line + comment + '\n';
      return;
    case YamlNode::Kind::scalar: {
      const bool prose = key == "notes" || key == "summary";
      out_ += line + ' ' + with_comment(yaml_text_value(value.value, indent, prose ? fold_width : 0), comment) + '\n';
      return;
    }
    case YamlNode::Kind::sequence:
      if (value.items.empty()) {
        out_ += line + " []" + comment + '\n';
        return;
      }
      if (flow_list(place, key) && all_scalars(value)) {
        out_ += line + " [";
        for (std::size_t i = 0; i < value.items.size(); ++i) {
          out_ += (i == 0 ? "" : ", ") + yaml_scalar(value.items[i].value, ScalarPlace::flow);
        }
        out_ += ']' + comment + '\n';
        return;
      }
      out_ += line + comment + '\n';
      write_items(value, indent + 2, item_place(place, key), place == Place::root && key == "events");
      return;
    case YamlNode::Kind::mapping:
      if (value.pairs.empty()) {
        out_ += line + " {}" + comment + '\n';
        return;
      }
      out_ += line + comment + '\n';
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
        out_ += '\n';
      }
      write_item(sequence.items[index], indent, place);
      first = false;
    }
  }

  // Writes one item, its `-` at `indent`.
  void write_item(const YamlNode& item, int indent, Place place) {
    write_before(&item, indent);
    const std::string dash = std::string(static_cast<std::size_t>(indent), ' ') + "- ";
    if (item.kind == YamlNode::Kind::mapping && !item.pairs.empty()) {
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
    switch (item.kind) {
    case YamlNode::Kind::null:
      out_ += dash.substr(0, dash.size() - 1) + comment + '\n';
      return;
    case YamlNode::Kind::scalar: {
      out_ += dash + with_comment(yaml_text_value(item.value, indent), comment) + '\n';
      return;
    }
    case YamlNode::Kind::sequence:
      if (item.items.empty()) {
        out_ += dash + "[]" + comment + '\n';
        return;
      }
      out_ += dash.substr(0, dash.size() - 1) + comment + '\n';
      write_items(item, indent + 2, Place::other, false);
      return;
    case YamlNode::Kind::mapping:
      out_ += dash + "{}" + comment + '\n';
      return;
    }
  }

  const YamlNode& root_;
  std::span<const std::size_t> event_order_;
  std::vector<Entry> entries_; // in document order, lines never decreasing
  std::map<const YamlNode*, Attached> attached_;
  std::vector<std::string> header_;
  std::vector<std::string> footer_;
  bool blank_after_header_ = false;
  std::string out_;
};

} // namespace

std::string canonical_yaml(const load::YamlNode& root, const std::vector<Comment>& comments, int line_count,
                           std::span<const std::size_t> event_order) {
  return Writer(root, comments, line_count, event_order).write();
}

} // namespace accords::edit
