#pragma once
// Whether two YAML trees hold the same data for any common reader: the same values with the
// same types, whatever their layout.

#include "load/parse/yaml_tree.hpp"

#include <cstddef>
#include <span>

namespace accords::edit {

// Whether `before` and `after` hold the same data: mappings with the same keys and values in
// any order, sequences with the same items in the same order (but the root's `events`, whose
// item i of `after` is item event_order[i] of `before` when event_order is not empty), the
// same explicit tags, and scalars of the same text that every YAML 1.2 and 1.1 reader takes
// for the same type (a plain scalar and a quoted one only when the plain one reads as text).
[[nodiscard]] bool same_data(const load::YamlNode& before, const load::YamlNode& after,
                             std::span<const std::size_t> event_order = {});

} // namespace accords::edit
