#include "render/ics.hpp"

#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace accords::render {
namespace {

constexpr std::size_t max_line_octets = 75;
constexpr std::string_view crlf = "\r\n";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// The longest cut of at most `limit` octets from the start of `rest` that ends on a UTF-8
// character boundary; at least one octet, so that even broken UTF-8 makes progress.
std::size_t cut_at_boundary(std::string_view rest, std::size_t limit) {
  if (rest.size() <= limit) {
    return rest.size();
  }
  std::size_t cut = limit;
  while (cut > 0 && is_continuation_byte(rest[cut])) {
    --cut;
  }
  return cut == 0 ? limit : cut;
}

// YYYYMMDD, the form of a DATE value.
std::string ics_date(date::sys_days day) {
  const date::year_month_day ymd{day};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// YYYYMMDDTHHMMSSZ, a DATE-TIME value in UTC.
std::string ics_date_time(date::sys_seconds time) {
  const auto day = date::floor<date::days>(time);
  const date::hh_mm_ss clock{time - day};
  return fmt::format("{}T{:02}{:02}{:02}Z", ics_date(day), clock.hours().count(), clock.minutes().count(),
                     clock.seconds().count());
}

std::string trim_end(std::string_view text) {
  const auto end = text.find_last_not_of(" \t\r\n");
  return end == std::string_view::npos ? std::string() : std::string(text.substr(0, end + 1));
}

// The treaty's name, or its id where none is known.
std::string_view treaty_name(const model::Event& event, const TreatyNames& names) {
  const auto found = names.find(event.treaty);
  return found == names.end() ? std::string_view(event.treaty) : std::string_view(found->second);
}

// "Israel (IL), United Arab Emirates (AE)".
std::string named_parties(std::span<const std::string_view> codes) {
  std::vector<std::string> named;
  for (const auto code : codes) {
    named.push_back(fmt::format("{} ({})", model::party_name(code), code));
  }
  return util::join(named, ", ");
}

// Treaty, type, parties and mediators, then the notes, then the sources, as plain text lines.
std::string description_of(const model::Event& event, const TreatyNames& names) {
  std::string text = fmt::format("Treaty: {}\nType: {}\nParties: {}", treaty_name(event, names),
                                 model::event_type_name(event.type), named_parties(event.parties));
  if (!event.mediators.empty()) {
    text += "\nMediators: " + named_parties(event.mediators);
  }
  if (event.notes) {
    const auto notes = trim_end(*event.notes);
    if (!notes.empty()) {
      text += "\n\n" + notes;
    }
  }
  if (!event.sources.empty()) {
    text += "\n\nSources:";
    for (const auto& source : event.sources) {
      text += '\n';
      text += source;
    }
  }
  return text;
}

// The treaty's name, the event type, then the tags, each once, escaped and joined with ','.
std::string categories_of(const model::Event& event, const TreatyNames& treaties) {
  std::vector<std::string> names{std::string(treaty_name(event, treaties)),
                                 std::string(model::event_type_name(event.type))};
  for (const auto& tag : event.tags) {
    if (std::find(names.begin(), names.end(), tag) == names.end()) {
      names.emplace_back(tag);
    }
  }
  std::string value;
  for (const auto& name : names) {
    if (!value.empty()) {
      value += ',';
    }
    value += ics_escape_text(name);
  }
  return value;
}

void write_event(std::ostream& out, const model::Event& event, const std::string& stamp, const TreatyNames& names) {
  const auto line = [&out](std::string_view content) { out << ics_fold_line(content); };
  const auto interval = event.interval();
  const auto day_after = interval.last + date::days{1};
  line("BEGIN:VEVENT");
  line(fmt::format("UID:{}@accords", event.id));
  line("DTSTAMP:" + stamp);
  line("DTSTART;VALUE=DATE:" + ics_date(interval.first));
  if (date::year_month_day{day_after}.year() <= date::year{9999}) {
    line("DTEND;VALUE=DATE:" + ics_date(day_after));
  } else {
    // A DATE has four year digits: an event ending on 9999-12-31 has no DTEND to write.
    line(fmt::format("DURATION:P{}D", (day_after - interval.first).count()));
  }
  line("SUMMARY:" + ics_escape_text(event.title));
  line("DESCRIPTION:" + ics_escape_text(description_of(event, names)));
  if (event.place) {
    line("LOCATION:" + ics_escape_text(*event.place));
  }
  line("CATEGORIES:" + categories_of(event, names));
  line("END:VEVENT");
}

} // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\n";
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
    } else if ((static_cast<unsigned char>(c) < 0x20U && c != '\t') || c == '\x7F') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  std::size_t cut = cut_at_boundary(line, max_line_octets);
  out.append(line.substr(0, cut));
  line.remove_prefix(cut);
  while (!line.empty()) {
    cut = cut_at_boundary(line, max_line_octets - 1); // the leading space counts
    out.append(crlf);
    out += ' ';
    out.append(line.substr(0, cut));
    line.remove_prefix(cut);
  }
  out.append(crlf);
  return out;
}

void write_ics(std::ostream& out, const EventList& events, const IcsOptions& options) {
  out << ics_fold_line("BEGIN:VCALENDAR") << ics_fold_line("VERSION:2.0")
      << ics_fold_line("PRODID:-//accords//accords " + options.product_version + "//EN")
      << ics_fold_line("CALSCALE:GREGORIAN");
  if (!options.calendar_name.empty()) {
    out << ics_fold_line("X-WR-CALNAME:" + ics_escape_text(options.calendar_name));
  }
  const auto stamp = ics_date_time(options.stamp);
  for (const auto* event : events) {
    write_event(out, *event, stamp, options.treaty_names);
    if (!out) {
      return;
    }
  }
  out << ics_fold_line("END:VCALENDAR");
}

} // namespace accords::render
