#pragma once
// The event type vocabulary of timeline files and the membership status each type gives.

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
  signing,
  accession,
  ratification,
  entry_into_force,
  withdrawal,
  suspension,
  relations,
  embassy,
  agreement,
  summit,
  sanctions,
  other,
};

// A party's membership status; `none` means the party has no status.
enum class Status { none, candidate, announced, member, withdrawn, suspended };

// Every event type, in documentation order.
[[nodiscard]] std::span<const EventType> all_event_types();
// The name as written in files, e.g. "entry-into-force".
[[nodiscard]] std::string_view event_type_name(EventType type);
// The names of every event type, in the order of all_event_types(); made once.
[[nodiscard]] const std::vector<std::string>& event_type_names();
// The type with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<EventType> parse_event_type(std::string_view name);
// The status an event of this type gives each of its parties (Status::none if it gives none).
[[nodiscard]] Status status_given_by(EventType type);
// The status name: "candidate", "announced", "member", "withdrawn", "suspended" ("none" for none).
[[nodiscard]] std::string_view status_name(Status status);
// Every status other than none, in order of the enum.
[[nodiscard]] std::span<const Status> all_statuses();
// The names of every status other than none, in the order of all_statuses(); made once.
[[nodiscard]] const std::vector<std::string>& status_names();
// The status with that exact name; nullopt if there is none.
[[nodiscard]] std::optional<Status> parse_status(std::string_view name);

} // namespace accords::model
