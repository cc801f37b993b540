#pragma once
// The phrases the text and markdown reports share: filters in words, ranges, dates, plurals.

#include "engine/report_summary.hpp"
#include "model/date.hpp"
#include "model/event.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::render {

// The day as YYYY-MM-DD.
[[nodiscard]] std::string day_text(date::sys_days day);
// The event's date as written, followed by " to END" for a multi-day event.
[[nodiscard]] std::string event_dates(const model::Event& event);
// "1 party" or "2 parties": the count and the singular or plural noun.
[[nodiscard]] std::string count_of(std::size_t count, std::string_view singular, std::string_view plural);
// The text with every control character (tab and line breaks included) replaced by a space.
[[nodiscard]] std::string one_line(std::string_view text);
// The filters in words, e.g. "Country: Kazakhstan; types: signing, ratification; since 2020",
// or "none" when no filter was given.
[[nodiscard]] std::string filter_words(const engine::ReportFilters& filters);
// The asked range: "2020-01-01 to 2020-12-31", "from 2020-01-01", "up to 2020-12-31" or "all dates".
[[nodiscard]] std::string asked_words(const engine::AskedRange& asked);
// The range line: "1998-01-01 to 2026-12-01 (asked: all dates)"; "no events (asked: ...)" when
// nothing was covered.
[[nodiscard]] std::string range_words(const std::optional<model::Interval>& covered, const engine::AskedRange& asked);
// Where the data came from: the paths joined with ", " ("-" as "standard input"), or
// "built-in timelines" when there are none.
[[nodiscard]] std::string data_words(const std::vector<std::string>& data);
// The title of the report: "Report: " and the treaty names joined with ", ", or "Report" alone.
[[nodiscard]] std::string report_title(const engine::ReportSummary& summary);
// The parties of an event joined with ", ".
[[nodiscard]] std::string party_codes(const model::Event& event);
// `count` scaled to `steps` where `largest` fills them all, rounded to the nearest step but
// never 0 for a count above 0 (so that every year with events shows a mark).
[[nodiscard]] std::size_t scaled(std::size_t count, std::size_t largest, std::size_t steps);

} // namespace accords::render
