#include "render/report_words.hpp"

#include "model/event_type.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cctype>

namespace accords::render {
namespace {

// "country: Kazakhstan" or "countries: Israel, Kazakhstan".
std::string labelled(std::string_view singular, std::string_view plural, const std::vector<std::string>& values) {
  return fmt::format("{}: {}", values.size() == 1 ? singular : plural, util::join(values, ", "));
}

std::vector<std::string> names_of(const std::vector<engine::NamedCode>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    out.push_back(one_line(item.name));
  }
  return out;
}

} // namespace

std::string day_text(date::sys_days day) { return model::PartialDate::from_day(date::year_month_day{day}).text(); }

std::string event_dates(const model::Event& event) {
  return event.end ? fmt::format("{} to {}", event.date.text(), event.end->text()) : event.date.text();
}

std::string count_of(std::size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      c = ' ';
    }
  }
  return out;
}

std::string filter_words(const engine::ReportFilters& filters) {
  std::vector<std::string> parts;
  if (!filters.countries.empty()) {
    parts.push_back(labelled("country", "countries", names_of(filters.countries)));
  }
  if (!filters.types.empty()) {
    std::vector<std::string> names;
    for (const auto type : filters.types) {
      names.emplace_back(model::event_type_name(type));
    }
    parts.push_back(labelled("type", "types", names));
  }
  if (!filters.treaties.empty()) {
    parts.push_back(labelled("treaty", "treaties", names_of(filters.treaties)));
  }
  if (filters.grep) {
    parts.push_back(fmt::format("text: \"{}\"", one_line(*filters.grep)));
  }
  if (!filters.tags.empty()) {
    std::vector<std::string> tags;
    for (const auto& tag : filters.tags) {
      tags.push_back(one_line(tag));
    }
    parts.push_back(labelled("tag", "tags", tags));
  }
  if (filters.since) {
    parts.push_back("since " + filters.since->text());
  }
  if (filters.until) {
    parts.push_back("until " + filters.until->text());
  }
  if (filters.on) {
    parts.push_back("on " + filters.on->text());
  }
  if (parts.empty()) {
    return "none";
  }
  auto words = util::join(parts, "; ");
  words.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(words.front())));
  return words;
}

std::string asked_words(const engine::AskedRange& asked) {
  if (asked.first && asked.last) {
    return fmt::format("{} to {}", day_text(*asked.first), day_text(*asked.last));
  }
  if (asked.first) {
    return "from " + day_text(*asked.first);
  }
  if (asked.last) {
    return "up to " + day_text(*asked.last);
  }
  return "all dates";
}

std::string range_words(const std::optional<model::Interval>& covered, const engine::AskedRange& asked) {
  const auto actual =
      covered ? fmt::format("{} to {}", day_text(covered->first), day_text(covered->last)) : std::string("no events");
  return fmt::format("{} (asked: {})", actual, asked_words(asked));
}

std::string data_words(const std::vector<std::string>& data) {
  if (data.empty()) {
    return "built-in timelines";
  }
  std::vector<std::string> names;
  for (const auto& path : data) {
    names.push_back(path == "-" ? std::string("standard input") : one_line(path));
  }
  return util::join(names, ", ");
}

std::string report_title(const engine::ReportSummary& summary) {
  return summary.treaties.empty() ? std::string("Report") : "Report: " + util::join(names_of(summary.treaties), ", ");
}

std::string party_codes(const model::Event& event) { return util::join(event.parties, ", "); }

std::size_t scaled(std::size_t count, std::size_t largest, std::size_t steps) {
  if (count == 0 || largest == 0) {
    return 0;
  }
  const auto rounded = (2 * count * steps + largest) / (2 * largest);
  return rounded == 0 ? 1 : rounded;
}

} // namespace accords::render
