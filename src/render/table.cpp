#include "render/table.hpp"

#include "render/style.hpp"
#include "render/table_layout.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace accords::render {
namespace {

constexpr std::size_t gap = 2; // spaces between columns

std::string one_line(std::string value) {
  for (auto& c : value) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return value;
}

// Summarises the cells of each list column narrower than its widest cell ("BE, BG +25"), then
// narrows the column to its widest summary and gives the columns saved to the first title.
void summarise_lists(std::vector<std::vector<std::string>>& rows, const EventList& events,
                     const std::vector<Field>& fields, const std::vector<ColumnNeeds>& needs,
                     std::vector<std::size_t>& widths) {
  std::size_t saved = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (widths[i] == 0 || widths[i] >= needs[i].natural || column_role(fields[i]) != ColumnRole::list) {
      continue;
    }
    std::size_t widest = needs[i].header;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (util::display_width(rows[r][i]) > widths[i]) {
        auto items = list_items(*events[r], fields[i]);
        for (auto& item : items) {
          item = one_line(std::move(item));
        }
        rows[r][i] = summarise_list(items, widths[i]);
      }
      widest = std::max(widest, util::display_width(rows[r][i]));
    }
    saved += widths[i] - std::min(widths[i], widest);
    widths[i] = std::min(widths[i], widest);
  }
  for (std::size_t i = 0; i < fields.size() && saved > 0; ++i) {
    if (widths[i] > 0 && column_role(fields[i]) == ColumnRole::title) {
      const auto more = std::min(saved, needs[i].natural - std::min(needs[i].natural, widths[i]));
      widths[i] += more;
      saved -= more;
    }
  }
}

// Leaves out the columns no event has a value for, from `fields`, `needs` and every row.
void drop_unfilled(const std::vector<bool>& filled, std::vector<Field>& fields, std::vector<ColumnNeeds>& needs,
                   std::vector<std::vector<std::string>>& rows) {
  const auto keep = [&](auto& items) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (filled[i]) {
        if (kept != i) { // a string moved onto itself may be left empty
          items[kept] = std::move(items[i]);
        }
        ++kept;
      }
    }
    items.resize(kept);
  };
  keep(fields);
  keep(needs);
  for (auto& row : rows) {
    keep(row);
  }
}

} // namespace

void write_table(std::ostream& out, const EventList& events, const std::vector<Field>& all_fields,
                 const TableOptions& options) {
  std::vector<Field> fields = all_fields;
  std::vector<std::vector<std::string>> rows;
  rows.reserve(events.size());
  std::vector<ColumnNeeds> needs;
  for (const auto field : fields) {
    needs.push_back({field, 0, options.header ? util::display_width(field_name(field)) : 0});
  }
  std::vector<bool> filled(fields.size(), false); // some event has a value for the column
  for (const auto* event : events) {
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      row.push_back(one_line(field_value(*event, fields[i], ListCell::display)));
      needs[i].natural = std::max(needs[i].natural, util::display_width(row.back()));
      filled[i] = filled[i] || !row.back().empty();
    }
  }
  if (options.drop_empty_columns && !events.empty()) {
    drop_unfilled(filled, fields, needs, rows);
  }
  if (fields.empty()) {
    return;
  }
  auto widths = plan_column_widths(needs, options.width);
  summarise_lists(rows, events, fields, needs, widths);
  // The cell as it fits its column, shortened with "…" (lists are summarised already).
  const auto fitted = [&](std::size_t i, const std::string& text) {
    return util::display_width(text) <= widths[i] ? text : util::truncate_to_width(text, widths[i]);
  };
  const auto write_row = [&](const std::vector<std::string>& cells, const auto& style_of) {
    std::string line;
    bool first = true;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (widths[i] == 0) {
        continue; // left out to fit the terminal
      }
      if (!first) {
        line.append(gap, ' ');
      }
      first = false;
      const auto text = fitted(i, cells[i]);
      line += styled(text, style_of(i), options.color);
      line.append(widths[i] - std::min(widths[i], util::display_width(text)), ' ');
    }
    while (!line.empty() && line.back() == ' ') { // an empty last cell leaves no trailing blanks
      line.pop_back();
    }
    out << line << '\n';
  };
  if (options.header) {
    std::vector<std::string> names;
    for (const auto field : fields) {
      names.emplace_back(field_name(field));
    }
    write_row(names, [](std::size_t) { return header_style(); });
  }
  for (std::size_t r = 0; r < rows.size() && out; ++r) {
    write_row(rows[r], [&](std::size_t i) {
      return fields[i] == Field::type ? type_color(events[r]->type) : std::string_view();
    });
  }
}

} // namespace accords::render
