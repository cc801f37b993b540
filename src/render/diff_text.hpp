#pragma once
// `accords diff` as text for people, read like a diff.

#include "engine/timeline_diff.hpp"
#include "render/diff_words.hpp"

#include <ostream>

namespace accords::render {

// Writes "--- OLD" and "+++ NEW", then the sections that have something: "treaties",
// "events" and "members as of DAY", one line a change marked "+" (added, green when
// `color`), "-" (removed, red) or "~" (changed, yellow), each changed field indented below
// its event or treaty as "FIELD: OLD → NEW". When nothing differs, "(no differences)".
void write_diff_text(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides, bool color);

} // namespace accords::render
