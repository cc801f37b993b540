#include "render/event_writers.hpp"

#include "render/event_json.hpp"

#include <nlohmann/json.hpp>

namespace accords::render {
namespace {

// Makes the cell that starts at `start` of `line` a TSV value: tabs and line breaks become spaces.
void make_tsv_cell(std::string& line, std::size_t start) {
  for (auto* c = line.data() + start; c != line.data() + line.size(); ++c) {
    if (static_cast<unsigned char>(*c) <= '\r' && (*c == '\t' || *c == '\n' || *c == '\r')) {
      *c = ' ';
    }
  }
}

// Makes the cell that starts at `start` of `line` a CSV value: quoted, with its quotes
// doubled, when it holds a comma, a quote or a line break.
void make_csv_cell(std::string& line, std::size_t start) {
  if (line.find_first_of(",\"\r\n", start) == std::string::npos) {
    return;
  }
  std::string quoted = "\"";
  for (auto c = line.begin() + static_cast<std::ptrdiff_t>(start); c != line.end(); ++c) {
    if (*c == '"') {
      quoted += '"';
    }
    quoted += *c;
  }
  quoted += '"';
  line.erase(start);
  line += quoted;
}

// Each row is made in one string and written at once: a write to `out` per cell, and a
// string per value, were most of the time of `list` on a small timeline.
template <typename MakeCell>
void write_delimited(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header,
                     char separator, std::string_view line_end, MakeCell make_cell) {
  std::string line;
  const auto write_row = [&](auto append_value) {
    line.clear();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i != 0) {
        line += separator;
      }
      const auto start = line.size();
      append_value(fields[i]);
      make_cell(line, start);
    }
    line += line_end;
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  };
  if (header) {
    write_row([&](Field field) { line += field_name(field); });
  }
  for (const auto* event : events) {
    write_row([&](Field field) { append_field_value(line, *event, field); });
    if (!out) {
      return;
    }
  }
}

} // namespace

void write_tsv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header) {
  write_delimited(out, events, fields, header, '\t', "\n", make_tsv_cell);
}

void write_csv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header) {
  write_delimited(out, events, fields, header, ',', "\r\n", make_csv_cell);
}

void write_json(std::ostream& out, const EventList& events) {
  auto array = nlohmann::ordered_json::array();
  for (const auto* event : events) {
    array.push_back(event_to_json(*event));
  }
  out << array.dump(2) << '\n';
}

void write_ndjson(std::ostream& out, const EventList& events) {
  for (const auto* event : events) {
    out << event_to_json(*event).dump() << '\n';
    if (!out) {
      return;
    }
  }
}

} // namespace accords::render
