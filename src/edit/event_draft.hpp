#pragma once
// A new event as text, before it is part of a timeline file (accords add, accords import),
// and how it is written there: one YAML sequence item in the format's key order.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accords::edit {

// The fields of an event to be written, by key ("id", "parties", ...): each a text or a list.
class EventDraft {
public:
  // Sets the text of `key`; an empty text leaves the key out.
  void set(std::string_view key, std::string text);
  // Sets the items of the list `key`; no items leave the key out.
  void set_list(std::string_view key, std::vector<std::string> items);
  // The text of `key`; empty when it is not set.
  [[nodiscard]] std::string_view text(std::string_view key) const;
  // The items of `key`; empty when it is not set.
  [[nodiscard]] const std::vector<std::string>& list(std::string_view key) const;
  // Whether `key` holds a list in the timeline format (parties, mediators, sources, tags).
  [[nodiscard]] static bool is_list_key(std::string_view key);

  // The draft as one block sequence item whose `-` is indented by `indent` spaces, every
  // line ended by a newline, keys in the order of the format (load::event_keys). Lists of
  // codes and tags are written in flow style (`[IL, AE]`), sources one per line.
  [[nodiscard]] std::string yaml_item(int indent) const;
  // The keys yaml_item writes, in order, each with the line (0 for the first) it starts on.
  [[nodiscard]] std::vector<std::pair<std::string, int>> key_lines(int indent) const;

private:
  // yaml_item's text; with `key_lines`, the line each key starts on is added to it.
  [[nodiscard]] std::string write(int indent, std::vector<std::pair<std::string, int>>* key_lines) const;

  std::map<std::string, std::string, std::less<>> texts_;
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
};

} // namespace accords::edit
