#pragma once
// Whether two YAML trees hold the same data for any common reader: the same values with the
// same types, whatever their layout.

#include "load/parse/yaml_tree.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace accords::edit {

// A fingerprint of the data of a tree, so that a tree can be compared with another without
// both in memory: a 64-bit hash of each of the root's `events` and one of the rest. Two trees
// have equal prints when they hold mappings with the same keys and values in any order,
// sequences with the same items in the same order, the same explicit tags, and scalars of the
// same text that every YAML 1.2 and 1.1 reader takes for the same type (a plain scalar and a
// quoted one only when the plain one reads as text).
struct DataPrint {
  std::uint64_t rest = 0;
  std::vector<std::uint64_t> events;
  friend bool operator==(const DataPrint&, const DataPrint&) = default;
};

// The print of `root`, its events taken in `event_order` (their indexes) when it is not empty.
[[nodiscard]] DataPrint data_print(const load::YamlNode& root, std::span<const std::size_t> event_order = {});

} // namespace accords::edit
