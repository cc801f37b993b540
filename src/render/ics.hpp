#pragma once
// iCalendar (RFC 5545): one all-day VEVENT per event, for calendar applications.

#include "render/event_writers.hpp"

#include <date/date.h>

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

namespace accords::render {

// What an iCalendar file needs beyond the events; the caller decides both, so that the
// output depends on nothing but its inputs.
struct IcsOptions {
  std::string product_version; // goes into PRODID: -//accords//accords VERSION//EN
  date::sys_seconds stamp;     // DTSTAMP of every VEVENT (written in UTC)
  std::string calendar_name;   // X-WR-CALNAME, the name calendars show for it; none when empty
  TreatyNames treaty_names;    // each event's treaty by name (its id where none is given)
};

// Writes a VCALENDAR (VERSION, PRODID, CALSCALE, X-WR-CALNAME) with one VEVENT per event: UID
// "<event id>@accords", DTSTAMP, DTSTART and DTEND as VALUE=DATE covering the event's interval
// (DTEND exclusive; DURATION instead when the day after the interval is past 9999-12-31),
// SUMMARY (the title), DESCRIPTION (the treaty, type, parties and mediators by name and code,
// notes and sources), LOCATION and CATEGORIES (the treaty's name, the type, the tags). Lines end
// in CRLF and are folded at 75 octets. No events give a calendar without VEVENTs.
void write_ics(std::ostream& out, const EventList& events, const IcsOptions& options);

// A TEXT value escaped as RFC 5545 3.3.11 asks: '\', ';' and ',' get a backslash, a line break
// (LF, CRLF or CR) becomes "\n", other control characters but tab become spaces.
[[nodiscard]] std::string ics_escape_text(std::string_view text);

// One content line (without its line end) folded so that no line exceeds 75 octets: CRLF and
// one space before each continuation, never inside a UTF-8 sequence. Ends with CRLF.
[[nodiscard]] std::string ics_fold_line(std::string_view line);

} // namespace accords::render
