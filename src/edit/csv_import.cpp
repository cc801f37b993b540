#include "edit/csv_import.hpp"

#include "edit/csv_reader.hpp"
#include "edit/event_draft.hpp"
#include "edit/event_id.hpp"
#include "edit/yaml_scalar.hpp"
#include "render/fields.hpp"
#include "util/spell.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

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
  std::vector<std::string> ids_made;
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
        return (options.id_taken && options.id_taken(id)) ||
               std::find(ids_made.begin(), ids_made.end(), id) != ids_made.end() ||
               std::any_of(std::next(table.rows.begin()), table.rows.end(), [&](const CsvRow& other) {
                 const auto at = columns.find("id");
                 return at != columns.end() && at->second < other.size() && other[at->second].text == id;
               });
      };
      draft.set("id", make_event_id("", draft.text("date"), draft.text("title"), taken));
      ids_made.emplace_back(draft.text("id"));
    }
    if (imported.events > 0) {
      text += '\n';
      ++line;
    }
    const CsvPlace row_start{row->front().line, row->front().column};
    for (const auto& [key, offset] : draft.key_lines(item_indent)) {
      const auto column = columns.find(key);
      imported.add_place(line + offset, column == columns.end()
                                            ? row_start
                                            : CsvPlace{(*row)[column->second].line, (*row)[column->second].column});
    }
    const auto item = draft.yaml_item(item_indent);
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
