#pragma once
// `accords diff --format markdown`: what changed, to paste into a briefing.

#include "engine/timeline_diff.hpp"
#include "render/diff_words.hpp"

#include <ostream>

namespace accords::render {

// Writes a "##" title, the two sides as a list, then "###" sections with pipe tables for
// the treaties and events added and removed, a "####" heading and a table of fields (old
// and new value) for each one changed, and a table of the parties whose status changed.
// When nothing differs, "No differences." follows the list.
void write_diff_markdown(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides);

} // namespace accords::render
