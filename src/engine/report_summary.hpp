#pragma once
// What `accords report` says about a set of filtered events, computed once and shared by the
// text, markdown and JSON renderers: the filters in resolved form, the range, totals, counts
// per year, type and party, the first and last events and the members at the end of the range.

#include "engine/filter.hpp"
#include "engine/timeline.hpp"
#include "model/date.hpp"
#include "model/event.hpp"
#include "model/event_type.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace accords::engine {

// A code or an id with the name people read.
struct NamedCode {
  std::string code; // ISO alpha-2 code or treaty id
  std::string name; // country display name or treaty name (the code itself when unknown)
  friend bool operator==(const NamedCode&, const NamedCode&) = default;
};

// The filters as resolved, with names for codes and ids; empty lists and nullopt mean "no condition".
struct ReportFilters {
  std::optional<model::PartialDate> since; // --since, as resolved (relative dates become days)
  std::optional<model::PartialDate> until; // --until
  std::optional<model::PartialDate> on;    // --on
  std::vector<NamedCode> countries;        // -c, each alone, then those joined by '+' ("IL+KZ")
  std::vector<model::EventType> types;     // -t, in the order given
  std::vector<NamedCode> treaties;         // -T, in the order given
  std::optional<std::string> grep;         // -g, as given
  std::vector<std::string> tags;           // --tag, as given
};

// The days the filters ask for: the intersection of --since, --until and --on.
struct AskedRange {
  std::optional<date::sys_days> first; // nullopt: no lower bound
  std::optional<date::sys_days> last;  // nullopt: no upper bound
};

// How many events fall in a calendar year (the year of each event's first day).
struct YearCount {
  int year = 0;           // e.g. 2020
  std::size_t events = 0; // never 0 in a summary
};

// How many events have a type.
struct TypeCount {
  model::EventType type = model::EventType::other;
  std::size_t events = 0; // never 0 in a summary
};

// How many events name a country among their parties (mediators are not counted).
struct PartyCount {
  std::string party;      // ISO alpha-2 code
  std::string name;       // display name (the code when unknown)
  std::size_t events = 0; // never 0 in a summary
};

// A party with a status, as the report lists it.
struct ReportMember {
  std::string party;                   // ISO alpha-2 code
  std::string name;                    // display name (the code when unknown)
  const model::Event* since = nullptr; // the event from which the party has held the status, never null
  model::PartialDate since_date;       // the day it has held it from (the event's date or `effective`)
};

// The parties of a treaty that hold one status.
struct StatusGroup {
  model::Status status = model::Status::party;
  std::vector<ReportMember> members; // by party code
};

// The members of one treaty, grouped by status.
struct TreatyMembers {
  NamedCode treaty;                // id and name
  std::vector<StatusGroup> groups; // in report_status_order(), only statuses someone holds
};

// The report's numbers and facts.
struct ReportSummary {
  std::vector<std::string> data;          // the data paths as given; empty for the built-in timelines
  std::vector<NamedCode> treaties;        // the treaties among the events, by id
  ReportFilters filters;                  // the filters given
  AskedRange asked;                       // the days asked for
  std::optional<model::Interval> covered; // first day of the first event to the latest last day; nullopt if no events
  std::size_t events = 0;                 // total events
  std::size_t parties = 0;                // distinct countries among the events' parties
  std::size_t mediators = 0;              // distinct countries among the events' mediators
  std::vector<YearCount> per_year;        // every year from the first with events to the last, oldest first
  std::vector<TypeCount> per_type;        // types present, in the format's type order
  std::vector<PartyCount> per_party;      // most events first, then by code; at most the request's `top`
  std::size_t parties_not_shown = 0;      // parties left out of per_party by the request's `top`
  const model::Event* first = nullptr;    // first event in timeline order; null if no events
  const model::Event* last = nullptr;     // last event in timeline order; null if no events
  date::sys_days members_as_of;           // the day membership is counted on
  std::vector<TreatyMembers> members;     // one entry per treaty among the events, by id; only the
                                          // filter's countries when it names any
};

// What the report is asked for besides the events.
struct ReportRequest {
  Filter filter;                  // the filter that selected the events
  std::vector<std::string> data;  // the data paths as given; empty for the built-in timelines
  date::sys_days members_as_of;   // the day to count membership on (see members_day)
  std::optional<std::size_t> top; // at most this many parties in per_party; nullopt: all
};

// The statuses in the order a report lists them: member, announced, candidate, suspended, withdrawn.
[[nodiscard]] std::span<const model::Status> report_status_order();

// The day membership is counted on at the end of the asked range: the last day of --until or
// --on (the earlier when both are given), else `today`.
[[nodiscard]] date::sys_days members_day(const Filter& filter, date::sys_days today);

// The filter as resolved, with the names of its countries and treaties.
[[nodiscard]] ReportFilters describe_filter(const Filter& filter, const Timeline& timeline);

// Summarizes `events` (in timeline order, as engine::select returns them, all from
// `timeline`). Never fails; no events give zero totals, empty lists and null first/last.
[[nodiscard]] ReportSummary summarize(const std::vector<const model::Event*>& events, const Timeline& timeline,
                                      const ReportRequest& request);

} // namespace accords::engine
