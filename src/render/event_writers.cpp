#include "render/event_writers.hpp"

#include "render/event_json.hpp"

#include <nlohmann/json.hpp>

namespace accords::render {
namespace {

std::string tsv_cell(std::string value) {
  for (auto& c : value) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return value;
}

std::string csv_cell(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  return out + "\"";
}

template <typename Cell>
void write_delimited(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header,
                     char separator, std::string_view line_end, Cell cell) {
  const auto write_row = [&](auto value_of) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i != 0) {
        out << separator;
      }
      out << cell(value_of(fields[i]));
    }
    out << line_end;
  };
  if (header) {
    write_row([](Field field) { return std::string(field_name(field)); });
  }
  for (const auto* event : events) {
    write_row([&](Field field) { return field_value(*event, field); });
    if (!out) {
      return;
    }
  }
}

} // namespace

void write_tsv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header) {
  write_delimited(out, events, fields, header, '\t', "\n", tsv_cell);
}

void write_csv(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header) {
  write_delimited(out, events, fields, header, ',', "\r\n", csv_cell);
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
