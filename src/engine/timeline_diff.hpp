#pragma once
// What changed between two versions of a timeline: events and treaties added, removed and
// changed field by field (every field of load/event_fields.hpp), and the parties whose
// status as of a day differs as a result.

#include "engine/membership.hpp"
#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"
#include "model/treaty.hpp"

#include <date/date.h>

#include <string>
#include <string_view>
#include <vector>

namespace accords::engine {

// One field's value as written, for showing: a text, a list of texts, or absent.
struct FieldValue {
  bool present = false;           // false for an optional field left out
  bool is_list = false;           // a list field (parties, sources, aliases...), even when empty
  std::vector<std::string> items; // the text (one item) or the list's items; empty when absent
};

// A field whose value differs, by its key in a timeline file.
struct FieldChange {
  std::string field; // e.g. "date", "parties", "joined-by"
  FieldValue old_value;
  FieldValue new_value;
};

// An event with the same id on both sides whose fields differ.
struct EventChange {
  const model::Event* old_event = nullptr; // never null
  const model::Event* new_event = nullptr; // never null
  std::vector<FieldChange> fields;         // in the order of load/event_fields.hpp; never empty
};

// A treaty with the same id on both sides whose fields differ.
struct TreatyChange {
  const model::Treaty* old_treaty = nullptr; // never null
  const model::Treaty* new_treaty = nullptr; // never null
  std::vector<FieldChange> fields;           // in the order of load/event_fields.hpp; never empty
};

// A party of a treaty whose status or since-day as of the day differs.
struct MemberChange {
  std::string treaty;                             // the treaty's id
  std::string party;                              // the party's code
  model::Status old_status = model::Status::none; // none: no status on the old side
  model::Status new_status = model::Status::none; // none: no status on the new side
  std::optional<model::PartialDate> old_since;    // the day it held the old status from
  std::optional<model::PartialDate> new_since;    // the day it holds the new status from
};

// Everything that differs between two timelines.
struct TimelineDiff {
  date::sys_days as_of;                               // the day the memberships were compared on
  std::vector<const model::Treaty*> added_treaties;   // in the new side's load order
  std::vector<const model::Treaty*> removed_treaties; // in the old side's load order
  std::vector<TreatyChange> changed_treaties;         // in the new side's load order
  std::vector<const model::Event*> added;             // in the new side's timeline order
  std::vector<const model::Event*> removed;           // in the old side's timeline order
  std::vector<EventChange> changed;                   // in the new side's timeline order
  std::vector<MemberChange> members;                  // by treaty (new side's load order, then the
                                                      // removed ones), then party code

  // True when nothing differs.
  [[nodiscard]] bool equal() const {
    return added_treaties.empty() && removed_treaties.empty() && changed_treaties.empty() && added.empty() &&
           removed.empty() && changed.empty() && members.empty();
  }
};

// Compares `old_timeline` with `new_timeline`: events and treaties by id, memberships as of
// `as_of`. The result points into both timelines, which must outlive it.
[[nodiscard]] TimelineDiff diff_timelines(const Timeline& old_timeline, const Timeline& new_timeline,
                                          date::sys_days as_of);

} // namespace accords::engine
