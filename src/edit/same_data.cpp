#include "edit/same_data.hpp"

#include "edit/yaml_resolve.hpp"

#include <xxhash.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace accords::edit {
namespace {

using load::YamlNode;

// Appends `size` to `out` as 8 bytes.
void add_size(std::string& out, std::size_t size) {
  for (int byte = 0; byte < 8; ++byte) {
    out += static_cast<char>((size >> (8 * byte)) & 0xFF);
  }
}

// Appends `text` with its length before it.
void add_text(std::string& out, std::string_view text) {
  add_size(out, text.size());
  out += text;
}

// What a reader takes a scalar for: its tag, text, or what a plain scalar of its text is.
char type_of(const YamlNode& scalar) {
  if (!scalar.tag.empty()) {
    return 'g';
  }
  return !scalar.plain || plain_reads_as_text(scalar.value) ? 't' : 'p';
}

// Appends the data of `node` to `out`; the items of `skipped` (the root's events) are left out.
void add_data(std::string& out, const YamlNode& node, const YamlNode* skipped) {
  add_text(out, node.tag);
  switch (node.kind) {
  case YamlNode::Kind::null:
    out += 'n';
    return;
  case YamlNode::Kind::scalar:
    out += 's';
    out += type_of(node);
    add_text(out, node.value);
    return;
  case YamlNode::Kind::sequence:
    out += 'q';
    if (&node == skipped) {
      return;
    }
    add_size(out, node.items.size());
    for (const auto& item : node.items) {
      add_data(out, item, skipped);
    }
    return;
  case YamlNode::Kind::mapping: {
    out += 'm';
    add_size(out, node.pairs.size());
    std::vector<const std::pair<YamlNode, YamlNode>*> pairs;
    pairs.reserve(node.pairs.size());
    for (const auto& pair : node.pairs) {
      pairs.push_back(&pair);
    }
    std::ranges::sort(pairs, {}, [](const auto* pair) { return std::string_view(pair->first.value); });
    for (const auto* pair : pairs) {
      add_data(out, pair->first, skipped);
      add_data(out, pair->second, skipped);
    }
    return;
  }
  }
}

// The hash of the data of `node`.
std::uint64_t hash_of(const YamlNode& node, const YamlNode* skipped = nullptr) {
  std::string data;
  add_data(data, node, skipped);
  return XXH3_64bits(data.data(), data.size());
}

// The root's `events` sequence, if it has one.
const YamlNode* events_of(const YamlNode& root) {
  if (root.kind != YamlNode::Kind::mapping) {
    return nullptr;
  }
  const auto found = std::ranges::find_if(root.pairs, [](const auto& pair) {
    return pair.first.value == "events" && pair.second.kind == YamlNode::Kind::sequence;
  });
  return found == root.pairs.end() ? nullptr : &found->second;
}

} // namespace

DataPrint data_print(const YamlNode& root, std::span<const std::size_t> event_order) {
  DataPrint print;
  const auto* events = events_of(root);
  print.rest = hash_of(root, events);
  if (events != nullptr) {
    const bool ordered = event_order.size() == events->items.size();
    for (std::size_t i = 0; i < events->items.size(); ++i) {
      print.events.push_back(hash_of(events->items[ordered ? event_order[i] : i]));
    }
  }
  return print;
}

} // namespace accords::edit
