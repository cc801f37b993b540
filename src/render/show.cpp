#include "render/show.hpp"

#include "model/date.hpp"
#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "model/source_text.hpp"
#include "render/style.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace accords::render {
namespace {

constexpr std::string_view indent = "  ";
constexpr std::size_t label_width = 10; // "defined at", the longest label
constexpr std::size_t gap = 2;          // between a label and its value

// "2020-09-15", or "2020-09 (month)" and "2020 (year)" for coarser dates.
std::string date_text(const model::PartialDate& date) {
  if (date.precision() == model::Precision::day) {
    return date.text();
  }
  return fmt::format("{} ({})", date.text(), model::precision_name(date.precision()));
}

// "IL Israel, AE United Arab Emirates".
std::string countries_text(std::span<const std::string_view> codes) {
  std::vector<std::string> named;
  for (const auto& code : codes) {
    const auto name = model::party_name(code);
    named.push_back(name != code ? fmt::format("{} {}", code, name) : std::string(code));
  }
  return util::join(named, ", ");
}

// "Abraham Accords (abraham-accords)", or the id alone when the treaty is not known.
std::string treaty_text(std::string_view id, std::span<const model::Treaty> treaties) {
  const auto found =
      std::find_if(treaties.begin(), treaties.end(), [&](const model::Treaty& treaty) { return treaty.id == id; });
  return found != treaties.end() ? fmt::format("{} ({})", found->name, id) : std::string(id);
}

// The text without the line breaks that end it (a YAML `|` block ends with one).
std::string_view without_final_breaks(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// Writes "  LABEL  " and the first line, then the other lines indented to the value column;
// no line ends in blanks (an empty line stays empty).
void write_field(std::ostream& out, std::string_view label, const std::vector<std::string>& lines) {
  const std::string margin(indent.size() + label_width + gap, ' ');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = i == 0 ? fmt::format("{}{:<{}}", indent, label, label_width + gap) : margin;
    line += lines[i];
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out << line << '\n';
  }
}

// A field whose value may span lines (a place or a title written over several lines).
void write_field(std::ostream& out, std::string_view label, std::string_view value) {
  write_field(out, label, util::split(without_final_breaks(value), '\n'));
}

// `source` as a terminal hyperlink (OSC 8) to itself when it is a web address; else as it is.
std::string linked(std::string_view source) {
  if (!model::is_web_address(source)) {
    return std::string(source);
  }
  return fmt::format("\x1b]8;;{0}\x1b\\{0}\x1b]8;;\x1b\\", source);
}

// The sources as "1. first", "2. second"; numbers right-aligned when there are ten or more;
// web addresses as hyperlinks when `hyperlinks`.
std::vector<std::string> numbered(std::span<const std::string_view> sources, bool hyperlinks) {
  const auto digits = std::to_string(sources.size()).size();
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    lines.push_back(
        fmt::format("{:>{}}. {}", i + 1, digits, hyperlinks ? linked(sources[i]) : std::string(sources[i])));
  }
  return lines;
}

void write_event(std::ostream& out, const model::Event& event, std::span<const model::Treaty> treaties,
                 const ShowStyle& style) {
  const bool color = style.color;
  out << styled(event.id, header_style(), color) << '\n';
  write_field(out, "treaty", treaty_text(event.treaty, treaties));
  write_field(out, "date", date_text(event.date));
  if (event.end) {
    write_field(out, "end", date_text(*event.end));
  }
  if (event.effective) {
    write_field(out, "effective", date_text(*event.effective));
  }
  write_field(out, "type", styled(model::event_type_name(event.type), type_color(event.type), color));
  if (!event.parties.empty()) {
    write_field(out, "parties", countries_text(event.parties));
  }
  if (!event.mediators.empty()) {
    write_field(out, "mediators", countries_text(event.mediators));
  }
  if (!event.from.empty()) {
    write_field(out, "from", countries_text(std::span(&event.from, 1)));
  }
  write_field(out, "title", event.title);
  if (event.place) {
    write_field(out, "place", *event.place);
  }
  if (!event.tags.empty()) {
    write_field(out, "tags", util::join(event.tags, ", "));
  }
  if (!event.sources.empty()) {
    write_field(out, "sources", numbered(event.sources, style.hyperlinks));
  }
  if (event.notes) {
    write_field(out, "notes", *event.notes);
  }
  write_field(out, "defined at", event.defined_at.text());
}

} // namespace

void write_event_details(std::ostream& out, const std::vector<const model::Event*>& events,
                         std::span<const model::Treaty> treaties, const ShowStyle& style) {
  for (std::size_t i = 0; i < events.size() && out; ++i) {
    if (i != 0) {
      out << '\n';
    }
    write_event(out, *events[i], treaties, style);
  }
}

} // namespace accords::render
