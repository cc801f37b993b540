#pragma once
// The event type vocabulary of timeline files and the membership statuses (timeline-format.md).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::model {

// One of the event types of timeline-format.md, in the order the format lists them.
enum class EventType : std::uint8_t {
  report,
  announcement,
  rejection,
  signing,
  accession,
  ratification,
  acceptance,
  approval,
  entry_into_force,
  succession,
  withdrawal_notice,
  withdrawal,
  suspension,
  relations,
  embassy,
  agreement,
  summit,
  sanctions,
  other,
};

// A party's status in a treaty, in the order of timeline-format.md; `none` means the party
// has no status. Schema 1 called `party` "member".
enum class Status {
  none,
  candidate,   // reported as a possible joiner
  announced,   // its joining announced
  declined,    // it ruled joining out
  signatory,   // signed a treaty that needs consent
  consented,   // ratified, accepted, approved or acceded; not yet in force for it
  party,       // bound: in force for it (or signed a declaration)
  withdrawing, // gave notice of withdrawal, not yet effective
  withdrawn,   // left
  suspended,   // membership suspended
};

// Whether an event of this type gives its parties a status (the last six types give none).
[[nodiscard]] bool gives_status(EventType type);
// What consent an event expresses: ratification, acceptance, approval or accession.
[[nodiscard]] bool expresses_consent(EventType type);

// Every event type, in documentation order.
[[nodiscard]] std::span<const EventType> all_event_types();
// The name as written in files, e.g. "entry-into-force".
[[nodiscard]] std::string_view event_type_name(EventType type);
// The names of every event type, in the order of all_event_types(); made once.
[[nodiscard]] const std::vector<std::string>& event_type_names();
// The type with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<EventType> parse_event_type(std::string_view name);
// The status name, as in the enum ("none" for none; "party" for party).
[[nodiscard]] std::string_view status_name(Status status);
// Every status other than none, in order of the enum.
[[nodiscard]] std::span<const Status> all_statuses();
// The names of every status other than none, in the order of all_statuses(); made once.
[[nodiscard]] const std::vector<std::string>& status_names();
// The status with that exact name, or "member" for party (its schema 1 name); nullopt if
// there is none.
[[nodiscard]] std::optional<Status> parse_status(std::string_view name);

} // namespace accords::model
