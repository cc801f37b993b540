#include "edit/same_data.hpp"

#include "edit/yaml_resolve.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace accords::edit {
namespace {

using load::YamlNode;

bool same(const YamlNode& before, const YamlNode& after, std::span<const std::size_t> event_order, bool root);

// The pairs of `mapping` sorted by key.
std::vector<const std::pair<YamlNode, YamlNode>*> by_key(const YamlNode& mapping) {
  std::vector<const std::pair<YamlNode, YamlNode>*> pairs;
  pairs.reserve(mapping.pairs.size());
  for (const auto& pair : mapping.pairs) {
    pairs.push_back(&pair);
  }
  std::ranges::sort(pairs, {}, [](const auto* pair) { return std::string_view(pair->first.value); });
  return pairs;
}

// Whether two scalars of the same text and tag are taken for the same type.
bool same_type(const YamlNode& before, const YamlNode& after) {
  if (!before.tag.empty() || before.plain == after.plain) {
    return true;
  }
  return plain_reads_as_text(before.plain ? before.value : after.value);
}

bool same_sequence(const YamlNode& before, const YamlNode& after, std::span<const std::size_t> order) {
  if (before.items.size() != after.items.size()) {
    return false;
  }
  for (std::size_t i = 0; i < after.items.size(); ++i) {
    const auto from = order.size() == after.items.size() ? order[i] : i;
    if (!same(before.items[from], after.items[i], {}, false)) {
      return false;
    }
  }
  return true;
}

bool same_mapping(const YamlNode& before, const YamlNode& after, std::span<const std::size_t> event_order, bool root) {
  if (before.pairs.size() != after.pairs.size()) {
    return false;
  }
  const auto old_pairs = by_key(before);
  const auto new_pairs = by_key(after);
  for (std::size_t i = 0; i < old_pairs.size(); ++i) {
    const auto& [old_key, old_value] = *old_pairs[i];
    const auto& [new_key, new_value] = *new_pairs[i];
    if (!same(old_key, new_key, {}, false)) {
      return false;
    }
    const bool events = root && old_key.value == "events" && old_value.kind == YamlNode::Kind::sequence &&
                        new_value.kind == YamlNode::Kind::sequence;
    if (events ? !same_sequence(old_value, new_value, event_order) : !same(old_value, new_value, {}, false)) {
      return false;
    }
  }
  return true;
}

bool same(const YamlNode& before, const YamlNode& after, std::span<const std::size_t> event_order, bool root) {
  if (before.kind != after.kind || before.tag != after.tag) {
    return false;
  }
  switch (before.kind) {
  case YamlNode::Kind::null:
    return true;
  case YamlNode::Kind::scalar:
    return before.value == after.value && same_type(before, after);
  case YamlNode::Kind::sequence:
    return same_sequence(before, after, {});
  case YamlNode::Kind::mapping:
    return same_mapping(before, after, event_order, root);
  }
  return false;
}

} // namespace

bool same_data(const YamlNode& before, const YamlNode& after, std::span<const std::size_t> event_order) {
  return same(before, after, event_order, true);
}

} // namespace accords::edit
