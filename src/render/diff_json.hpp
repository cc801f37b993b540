#pragma once
// `accords diff --format json`: what changed, for scripts.

#include "engine/timeline_diff.hpp"
#include "render/diff_words.hpp"

#include <ostream>

namespace accords::render {

// Writes one object: {"equal": bool, "old": OLD, "new": NEW, "as_of": "YYYY-MM-DD",
// "added": [event objects as list --format json writes them], "removed": [...],
// "changed": [{"id", "fields": [{"field", "old", "new"}]}], "treaties": {"added": [{"id",
// "name"}], "removed": [...], "changed": [{"id", "fields": [...]}]}, "members": [{"treaty",
// "party", "name", "old", "new", "old_since", "new_since"}]}. A field's value is a string,
// an array for a list field, or null when absent; a status or a since-day without one is null.
void write_diff_json(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides);

} // namespace accords::render
