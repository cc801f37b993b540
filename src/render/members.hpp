#pragma once
// The writers of `accords members`: each party of a treaty with its status as of a day.

#include "engine/membership.hpp"
#include "model/treaty.hpp"
#include "render/grid.hpp"

#include <date/date.h>

#include <ostream>
#include <vector>

namespace accords::render {

// The parties shown for one treaty.
struct MembersSection {
  const model::Treaty* treaty = nullptr;       // never null
  std::vector<engine::Membership> memberships; // in party-code order; may be empty
};

// Per section a heading "NAME (ID) as of YYYY-MM-DD" and a grid of party, name, status, since,
// event and those of the days signed, consented, in_force and withdrawn that any party of
// the section has (with a header row unless options.header is false; the status coloured
// when options.color), sections separated by a blank line. A section without parties shows
// "(no parties)"; no sections at all show "(no parties as of YYYY-MM-DD)".
void write_members_table(std::ostream& out, const std::vector<MembersSection>& sections, date::sys_days as_of,
                         const GridOptions& options);
// One tab-separated line per membership: treaty, party, name, status, since, event, signed,
// consented, in_force, withdrawn (a day empty when there is none); a header line of those
// names first if `header`.
void write_members_tsv(std::ostream& out, const std::vector<MembersSection>& sections, bool header);
// One JSON array of {treaty, party, name, status, since, event, signed, consented, in_force,
// withdrawn} objects (a day null when there is none), section by section.
void write_members_json(std::ostream& out, const std::vector<MembersSection>& sections);

} // namespace accords::render
