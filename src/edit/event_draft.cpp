#include "edit/event_draft.hpp"

#include "edit/yaml_scalar.hpp"
#include "load/event_fields.hpp"

#include <algorithm>
#include <array>

namespace accords::edit {
namespace {

// The column before which notes on one line are folded.
constexpr std::size_t fold_width = 92;

// Lists written one item per line; the other lists are written in flow style.
bool one_item_per_line(std::string_view key) { return key == "sources"; }

// Whether the value of `key` is a date, which is written plain as the format's examples write
// it (a YAML 1.1 reader takes a full one for a timestamp); other values are always text.
bool holds_a_date(std::string_view key) { return key == "date" || key == "end" || key == "effective"; }

} // namespace

void EventDraft::set(std::string_view key, std::string text) {
  if (text.empty()) {
    texts_.erase(std::string(key));
  } else {
    texts_.insert_or_assign(std::string(key), std::move(text));
  }
}

void EventDraft::set_list(std::string_view key, std::vector<std::string> items) {
  if (items.empty()) {
    lists_.erase(std::string(key));
  } else {
    lists_.insert_or_assign(std::string(key), std::move(items));
  }
}

std::string_view EventDraft::text(std::string_view key) const {
  const auto found = texts_.find(key);
  return found == texts_.end() ? std::string_view() : std::string_view(found->second);
}

const std::vector<std::string>& EventDraft::list(std::string_view key) const {
  static const std::vector<std::string> none;
  const auto found = lists_.find(key);
  return found == lists_.end() ? none : found->second;
}

bool EventDraft::is_list_key(std::string_view key) {
  static constexpr std::array<std::string_view, 4> lists{"parties", "mediators", "sources", "tags"};
  return std::find(lists.begin(), lists.end(), key) != lists.end();
}

std::string EventDraft::yaml_item(int indent) const { return write(indent, nullptr); }

std::vector<std::pair<std::string, int>> EventDraft::key_lines(int indent) const {
  std::vector<std::pair<std::string, int>> lines;
  (void)write(indent, &lines);
  return lines;
}

std::string EventDraft::write(int indent, std::vector<std::pair<std::string, int>>* key_lines) const {
  const std::string dash(static_cast<std::size_t>(indent), ' ');
  const std::string key_padding(static_cast<std::size_t>(indent) + 2, ' ');
  const int key_indent = indent + 2;
  std::string out;
  for (const auto& key : load::event_keys()) {
    const auto& items = list(key);
    const auto value = text(key);
    if (items.empty() && value.empty()) {
      continue;
    }
    if (key_lines != nullptr) {
      key_lines->emplace_back(key, static_cast<int>(std::count(out.begin(), out.end(), '\n')));
    }
    out += out.empty() ? dash + "- " : key_padding;
    out += key;
    out += ':';
    if (!items.empty() && one_item_per_line(key)) {
      for (const auto& item : items) {
        out += '\n' + key_padding + "  - " + yaml_scalar(item);
      }
    } else if (!items.empty()) {
      out += " [";
      for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : ", ") + yaml_scalar(items[i], ScalarPlace::flow);
      }
      out += ']';
    } else {
      out += ' ' + yaml_text_value(value, key_indent, key == "notes" ? fold_width : 0,
                                   holds_a_date(key) ? Typing::as_written : Typing::text);
    }
    out += '\n';
  }
  return out;
}

} // namespace accords::edit
