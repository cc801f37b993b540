#include "edit/csv_import.hpp"

#include "edit/csv_reader.hpp"
#include "edit/event_draft.hpp"
#include "edit/event_id.hpp"
#include "edit/yaml_scalar.hpp"
#include "load/limits.hpp"
#include "render/fields.hpp"
#include "util/spell.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace accords::edit {
namespace {

// The indentation of the events' `-`.
constexpr int item_indent = 2;

// The column each field is in, by its name; empty when the header has problems (reported).
std::map<std::string, std::size_t, std::less<>> read_header(const CsvRow& header, const CsvImportOptions& options,
                                                            const std::shared_ptr<const std::string>& path,
                                                            load::Diagnostics& problems) {
  std::map<std::string, std::size_t, std::less<>> columns;
  std::vector<std::string> names;
  for (const auto field : render::all_fields()) {
    names.emplace_back(render::field_name(field));
  }
  if (header.size() == 1 && header.front().text.find_first_of(";\t") != std::string::npos) {
    // One column whose name holds a separator: a table a spreadsheet wrote with another one.
    const bool tabs = header.front().text.find('\t') != std::string::npos;
    problems.error({path, header.front().line, header.front().column},
                   fmt::format("the header is one column: the table seems to be separated by {}, but import csv "
                               "reads comma-separated values (RFC 4180): save or export it with commas as separators",
                               tabs ? "tabs" : "semicolons (;)"));
    return {};
  }
  bool ok = true;
  for (std::size_t index = 0; index < header.size(); ++index) {
    const auto& cell = header[index];
    const model::Location where{path, cell.line, cell.column};
    if (!render::parse_field(cell.text)) {
      problems.error(
          where, util::unknown_name({.kind = "column", .word = cell.text}, names, util::name_list("columns", names)));
      ok = false;
    } else if (!columns.emplace(cell.text, index).second) {
      problems.error(where, fmt::format("the column '{}' is given twice", cell.text));
      ok = false;
    }
  }
  const model::Location start{path, 1, 1};
  for (const std::string_view required : {"date", "type", "title", "parties"}) {
    if (ok && !columns.contains(required)) {
      problems.error(start, fmt::format("the header has no '{}' column: every event needs one", required));
      ok = false;
    }
  }
  if (ok && options.treaty.empty() && !columns.contains("treaty")) {
    problems.error(start, "the header has no 'treaty' column: give --treaty, the treaty of every row");
    ok = false;
  }
  return ok ? columns : decltype(columns){};
}

// A hash of texts that finds a std::string by a std::string_view.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// The place in `text` of the byte at `offset`: its line and its column in bytes, as the CSV
// reader counts them.
CsvPlace place_at(std::string_view text, std::size_t offset) {
  const auto before = text.substr(0, offset);
  const auto line_start = before.rfind('\n');
  return {static_cast<int>(1 + std::count(before.begin(), before.end(), '\n')),
          static_cast<int>(offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1)};
}

// Whether the table's bytes are UTF-8 text holding no control character that a timeline text
// may not hold; if not, the first bad byte is reported at its place.
bool check_bytes(std::string_view csv, const std::shared_ptr<const std::string>& path, load::Diagnostics& problems) {
  const auto body = csv.starts_with("\xEF\xBB\xBF") ? csv.substr(3) : csv; // columns count after the mark
  util::Utf8Error bad{};
  if (!util::valid_utf8(body, &bad)) {
    const auto place = place_at(body, bad.offset);
    problems.error(
        {path, place.line, place.column},
        fmt::format(R"(invalid UTF-8 (byte 0x{:02x}): the table must be UTF-8 (as spreadsheets save "CSV UTF-8"))",
                    static_cast<unsigned char>(body[bad.offset])));
    return false;
  }
  if (const auto control = util::first_disallowed_control(body); control != std::string_view::npos) {
    const auto place = place_at(body, control);
    const auto code = static_cast<unsigned>(util::control_at(body, control));
    problems.error({path, place.line, place.column},
                   code == 0 ? std::string("NUL byte: the table must be UTF-8 text (is it UTF-16?)")
                             : fmt::format("control character U+{:04X} is not allowed: a text holds only printable "
                                           "characters, tabs and line breaks",
                                           code));
    return false;
  }
  return true;
}

// The index of the first line of `item` that the loader would find longer than the limit on
// a line (as load::check_bytes counts: a carriage return before the line end is allowed for),
// and its length; nullopt when there is none.
std::optional<std::pair<int, std::size_t>> long_line(std::string_view item) {
  int index = 0;
  for (std::size_t start = 0; start < item.size(); ++index) {
    const auto end = std::min(item.find('\n', start), item.size());
    if (end - start > load::limits::max_line_bytes + 1) {
      return std::make_pair(index, end - start);
    }
    start = end + 1;
  }
  return std::nullopt;
}

// Whether every cell of `row` is empty.
bool is_empty(const CsvRow& row) {
  return std::all_of(row.begin(), row.end(), [](const CsvCell& cell) { return cell.text.empty(); });
}

} // namespace

std::optional<CsvPlace> CsvImport::place_of(int line) const {
  if (places_.empty() || line < places_.front().line || line > last_line_) {
    return std::nullopt;
  }
  const auto after = std::upper_bound(places_.begin(), places_.end(), line,
                                      [](int wanted, const LinePlace& place) { return wanted < place.line; });
  return std::prev(after)->place;
}

CsvImport import_csv(std::string_view csv, const std::shared_ptr<const std::string>& csv_path,
                     const CsvImportOptions& options) {
  CsvImport imported;
  if (!check_bytes(csv, csv_path, imported.problems)) {
    return imported;
  }
  const auto table = read_csv(csv);
  if (table.error) {
    imported.problems.error({csv_path, table.error->line, table.error->column}, table.error->message);
    return imported;
  }
  if (table.rows.empty()) {
    imported.problems.error({csv_path, 1, 1}, "the file is empty: the first row names the columns");
    return imported;
  }
  const auto& header = table.rows.front();
  const auto columns = read_header(header, options, csv_path, imported.problems);
  if (columns.empty()) {
    return imported;
  }
  std::string& text = imported.text;
  text = "schema: 2\n";
  if (!options.treaty.empty()) {
    text += "treaty: " + yaml_scalar(options.treaty) + "\n";
  }
  text += "events:\n";
  // The id column's cells, by id (the first of each), so that an id made is none of them,
  // and the ids made, with the number the next id made from each base is tried with: every
  // id is looked up about once, however many rows there are.
  const auto id_column = columns.find("id");
  std::unordered_map<std::string_view, const CsvCell*> ids_given;
  for (auto row = std::next(table.rows.begin()); id_column != columns.end() && row != table.rows.end(); ++row) {
    if (row->size() == header.size() && !(*row)[id_column->second].text.empty()) {
      ids_given.emplace((*row)[id_column->second].text, &(*row)[id_column->second]);
    }
  }
  std::unordered_set<std::string, TextHash, std::equal_to<>> ids_made;
  std::unordered_map<std::string, int> next_numbers;
  int line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (auto row = std::next(table.rows.begin()); row != table.rows.end(); ++row) {
    if (is_empty(*row)) {
      continue;
    }
    if (row->size() != header.size()) {
      imported.problems.error({csv_path, row->front().line, row->front().column},
                              fmt::format("this row has {} fields, the header {}", row->size(), header.size()));
      continue;
    }
    // What the loader would report at a line of the timeline made is reported here, at the
    // cell: a value over the limit, an id given twice (a line too long, once written, below).
    const auto too_long = std::find_if(
        row->begin(), row->end(), [](const CsvCell& cell) { return cell.text.size() > load::limits::max_value_bytes; });
    if (too_long != row->end()) {
      imported.problems.error({csv_path, too_long->line, too_long->column},
                              fmt::format("this cell is longer than the {} limit on a value ({} bytes)",
                                          load::limits::max_line_text, too_long->text.size()));
      continue;
    }
    if (id_column != columns.end() && !(*row)[id_column->second].text.empty()) {
      const auto& cell = (*row)[id_column->second];
      const auto first = ids_given.find(cell.text);
      if (first->second != &cell) {
        imported.problems.error(
            {csv_path, cell.line, cell.column},
            fmt::format("duplicate event id '{}' (first defined at {})", cell.text,
                        model::Location{csv_path, first->second->line, first->second->column}.text()));
        continue;
      }
    }
    EventDraft draft;
    for (const auto& [name, index] : columns) {
      const auto& cell = (*row)[index].text;
      if (!EventDraft::is_list_key(name)) {
        draft.set(name, name == "treaty" && cell == options.treaty ? std::string() : cell);
        continue;
      }
      auto items = render::split_list_cell(cell);
      if (name == "parties" || name == "mediators") {
        for (auto& item : items) {
          if (auto code = options.party_code ? options.party_code(item) : std::nullopt) {
            item = *std::move(code);
          }
        }
      }
      draft.set_list(name, std::move(items));
    }
    if (draft.text("id").empty()) {
      const auto taken = [&](std::string_view id) {
        return ids_given.contains(id) || ids_made.contains(id) || (options.id_taken && options.id_taken(id));
      };
      auto base = event_id_base("", draft.text("date"), draft.text("title"));
      auto& number = next_numbers.try_emplace(base, 1).first->second;
      auto id = numbered_event_id(base, taken, number);
      ++number;
      ids_made.insert(id);
      draft.set("id", std::move(id));
    }
    const auto item = draft.yaml_item(item_indent);
    const auto key_lines = draft.key_lines(item_indent);
    // The cell a line of the item comes from (the row's first for a made id).
    const auto cell_of = [&](int item_line) -> const CsvCell& {
      const auto key = std::find_if(key_lines.rbegin(), key_lines.rend(),
                                    [&](const auto& key_line) { return key_line.second <= item_line; });
      const auto column = key == key_lines.rend() ? columns.end() : columns.find(key->first);
      return column == columns.end() ? row->front() : (*row)[column->second];
    };
    if (const auto long_one = long_line(item)) {
      const auto& cell = cell_of(long_one->first);
      imported.problems.error({csv_path, cell.line, cell.column},
                              fmt::format("this cell, written in the timeline, makes a line of {} bytes, longer "
                                          "than the {} limit on a line",
                                          long_one->second, load::limits::max_line_text));
      continue;
    }
    if (imported.events > 0) {
      text += '\n';
      ++line;
    }
    for (const auto& [key, offset] : key_lines) {
      const auto& cell = cell_of(offset);
      imported.add_place(line + offset, {cell.line, cell.column});
    }
    text += item;
    line += static_cast<int>(std::count(item.begin(), item.end(), '\n'));
    imported.end_places(line - 1);
    ++imported.events;
  }
  if (imported.events == 0) {
    text.replace(text.size() - std::string_view("events:\n").size(), std::string::npos, "events: []\n");
  }
  return imported;
}

} // namespace accords::edit
