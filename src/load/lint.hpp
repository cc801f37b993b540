#pragma once
// Warnings about timeline data that is valid but suspicious, for `accords check`. The loader
// reports only errors; this pass runs after it and adds warnings, so that the other commands,
// which never call it, print none.

#include "load/link.hpp"

namespace accords::load {

// Adds to `result.diagnostics` one warning per suspicious thing in the loaded data:
// - an event without sources ("event 'ID' has no sources"), at the event;
// - a source cut short with an ellipsis, or neither a web address nor a citation
//   (model/source_text.hpp), at the event;
// - an event whose `end` is more than a year after its `date` (end's last day later than
//   date's first day plus one calendar year), at the event, as events keep no place for `end`;
// - an `effective` day before the event's date (a withdrawal notice taking effect before it
//   was given), at the event;
// - a treaty with no events ("treaty 'ID' has no events"), at its definition;
// - a treaty joined by consent with ratifications, acceptances, approvals or accessions but
//   no entry-into-force event, unless each of them has its `effective` day, at its definition;
// - a succession whose predecessor has no status in the treaty before it, at the succession.
// When `result` already holds errors, the treaty-wide ones (the last three) are left out:
// events dropped for their errors could make them wrong. Never throws on loaded data.
void lint(LoadResult& result);

} // namespace accords::load
