#include "render/timelinejs.hpp"
#include "render/markup_escape.hpp"

#include "model/event_type.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace accords::render {
namespace {

using Json = nlohmann::ordered_json;

// A TimelineJS date object: year, then month and day as far as `date` was written.
Json date_object(const model::PartialDate& date) {
  const date::year_month_day first{date.first_day()};
  Json object;
  object["year"] = static_cast<int>(first.year());
  if (date.precision() != model::Precision::year) {
    object["month"] = static_cast<unsigned>(first.month());
  }
  if (date.precision() == model::Precision::day) {
    object["day"] = static_cast<unsigned>(first.day());
  }
  return object;
}

// The text as HTML paragraphs: a blank line (or one holding only spaces) ends a paragraph, a
// single line break inside one becomes a space, as prose wrapped in a YAML block reads.
std::string html_paragraphs(std::string_view text) {
  std::string out;
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) {
      out += "<p>" + html_escape(paragraph) + "</p>";
      paragraph.clear();
    }
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    auto line = text.substr(start, end - start);
    const auto last = line.find_last_not_of(" \t\r");
    line = last == std::string_view::npos ? std::string_view() : line.substr(0, last + 1);
    if (line.empty()) {
      flush();
    } else {
      if (!paragraph.empty()) {
        paragraph += ' ';
      }
      paragraph.append(line);
    }
    start = end + 1;
  }
  flush();
  return out;
}

// Paragraphs: the facts (type, parties, mediators, place), the notes, the sources.
std::string text_of(const model::Event& event) {
  std::string facts = "Type: " + html_escape(model::event_type_name(event.type)) +
                      "<br>Parties: " + html_escape(util::join(event.parties, ", "));
  if (!event.mediators.empty()) {
    facts += "<br>Mediators: " + html_escape(util::join(event.mediators, ", "));
  }
  if (event.place) {
    facts += "<br>Place: " + html_escape(*event.place);
  }
  std::string html = "<p>" + facts + "</p>";
  if (event.notes) {
    html += html_paragraphs(*event.notes);
  }
  if (!event.sources.empty()) {
    html += "<p>Sources:";
    for (const auto& source : event.sources) {
      html += "<br>" + html_escape(source);
    }
    html += "</p>";
  }
  return html;
}

Json slide_of(const model::Event& event, const TreatyNames& names) {
  Json slide;
  slide["start_date"] = date_object(event.date);
  if (event.end && event.end->last_day() > event.date.last_day()) {
    slide["end_date"] = date_object(*event.end);
  }
  slide["text"] = Json{{"headline", html_escape(event.title)}, {"text", text_of(event)}};
  const auto name = names.find(event.treaty);
  slide["group"] = html_escape(name != names.end() ? name->second : event.treaty); // shown as HTML
  slide["unique_id"] = event.id;
  return slide;
}

} // namespace

std::string html_escape(std::string_view text) { return escape_markup(text, Quotes::keep); }

void write_timelinejs(std::ostream& out, const EventList& events, const TreatyNames& names) {
  auto slides = Json::array();
  for (const auto* event : events) {
    slides.push_back(slide_of(*event, names));
  }
  Json document;
  document["events"] = std::move(slides);
  out << document.dump(2) << '\n';
}

} // namespace accords::render
