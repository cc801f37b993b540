#include "render/members.hpp"

#include "model/date.hpp"
#include "model/entity.hpp"
#include "model/event_type.hpp"
#include "render/style.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>

namespace accords::render {
namespace {

// The colour of a status: that of the event types that give it.
std::string_view status_color(model::Status status) {
  switch (status) {
  case model::Status::candidate:
    return type_color(model::EventType::report);
  case model::Status::announced:
  case model::Status::signatory:
    return type_color(model::EventType::announcement);
  case model::Status::consented:
  case model::Status::party:
    return type_color(model::EventType::signing);
  case model::Status::declined:
  case model::Status::withdrawing:
  case model::Status::withdrawn:
  case model::Status::suspended:
    return type_color(model::EventType::withdrawal);
  case model::Status::none:
    break;
  }
  return "";
}

// The columns of the table and of the tsv after its treaty column, in order.
namespace column {
constexpr std::size_t party = 0, name = 1, status = 2, since = 3, event = 4;
constexpr std::size_t first_day = 5; // the days of the path in from here on: signed, consented, in_force, withdrawn
constexpr std::size_t count = 9;
} // namespace column

std::vector<std::string> headers() {
  return {"party", "name", "status", "since", "event", "signed", "consented", "in_force", "withdrawn"};
}

// On a narrow terminal (once the days of the path in are dropped: shown_columns) the country
// name, which repeats the code, gives way first, then the event id, each in turns; the code,
// status and date only when nothing else is left.
std::vector<GridShrink> shrink_steps() {
  return {{column::name, 12}, {column::event, 24}, {column::name, 8},   {column::event, 12}, {column::name, 1},
          {column::event, 1}, {column::since, 1},  {column::status, 1}, {column::party, 1}};
}

// "NAME (ID) as of DAY", fitted to `width` (0: no limit) by cutting the name first, so that
// the day stays in view.
std::string heading_of(const model::Treaty& treaty, const std::string& day, std::size_t width) {
  const auto rest = fmt::format(" ({}) as of {}", treaty.id, day);
  auto whole = treaty.name + rest;
  if (width == 0 || util::display_width(whole) <= width) {
    return whole;
  }
  const auto rest_width = util::display_width(rest);
  if (rest_width + 1 < width) {
    return util::truncate_to_width(treaty.name, width - rest_width) + rest;
  }
  return util::truncate_to_width(whole, width);
}

// A day as written, or "" for none.
std::string day_text(const std::optional<model::PartialDate>& day) { return day ? day->text() : std::string(); }

// The cells of one membership, in the order of headers().
std::vector<std::string> cells_of(const engine::Membership& membership) {
  return {membership.party,
          model::party_name(membership.party),
          std::string(model::status_name(membership.status)),
          membership.since_date.text(),
          std::string(membership.since->id),
          day_text(membership.signed_on),
          day_text(membership.consented),
          day_text(membership.in_force),
          day_text(membership.withdrawn)};
}

// The table's columns for `rows` of cells: all but the days of the path in that no row has,
// and, when the table is wider than `width` (0: no limit), those days from the last one, so
// that a narrow terminal drops a column of days rather than cutting them.
std::vector<std::size_t> shown_columns(const std::vector<std::vector<std::string>>& rows, std::size_t width) {
  std::vector<std::size_t> shown;
  std::vector<std::size_t> widths(column::count); // each column's widest cell or header
  std::size_t table_width = 0;
  for (std::size_t index = 0; index < column::count; ++index) {
    widths[index] = util::display_width(headers()[index]);
    bool any = false;
    for (const auto& cells : rows) {
      widths[index] = std::max(widths[index], util::display_width(cells[index]));
      any = any || !cells[index].empty();
    }
    if (index < column::first_day || any) {
      shown.push_back(index);
      table_width += widths[index] + (shown.size() > 1 ? 2 : 0);
    }
  }
  while (width != 0 && table_width > width && shown.back() >= column::first_day) {
    table_width -= widths[shown.back()] + 2;
    shown.pop_back();
  }
  return shown;
}

} // namespace

void write_members_table(std::ostream& out, const std::vector<MembersSection>& sections, date::sys_days as_of,
                         const GridOptions& options) {
  const auto day = model::PartialDate::from_day(date::year_month_day{as_of}).text();
  if (sections.empty()) {
    out << "(no parties as of " << day << ")\n";
    return;
  }
  bool first = true;
  for (const auto& section : sections) {
    if (!first) {
      out << '\n';
    }
    first = false;
    const auto heading = heading_of(*section.treaty, day, options.width);
    out << styled(heading, header_style(), options.color) << '\n';
    if (section.memberships.empty()) {
      out << "(no parties)\n";
      continue;
    }
    std::vector<std::vector<std::string>> cells;
    cells.reserve(section.memberships.size());
    for (const auto& membership : section.memberships) {
      cells.push_back(cells_of(membership));
    }
    const auto shown = shown_columns(cells, options.width);
    const auto place_of = [&](std::size_t index) {
      return static_cast<std::size_t>(std::find(shown.begin(), shown.end(), index) - shown.begin());
    };
    std::vector<std::string> names;
    for (const auto index : shown) {
      names.push_back(headers()[index]);
    }
    std::vector<GridShrink> steps;
    for (const auto& step : shrink_steps()) {
      if (place_of(step.column) < shown.size()) {
        steps.push_back({place_of(step.column), step.floor});
      }
    }
    std::vector<std::vector<GridCell>> rows;
    rows.reserve(cells.size());
    for (std::size_t row = 0; row < cells.size(); ++row) {
      const auto status = section.memberships[row].status;
      std::vector<GridCell> grid_row;
      for (const auto index : shown) {
        grid_row.push_back(GridCell{std::move(cells[row][index]),
                                    index == column::status ? status_color(status) : std::string_view()});
      }
      rows.push_back(std::move(grid_row));
    }
    write_grid(out, names, rows, steps, options);
  }
}

void write_members_tsv(std::ostream& out, const std::vector<MembersSection>& sections, bool header) {
  if (header) {
    auto names = headers();
    names.insert(names.begin(), "treaty");
    write_tsv_row(out, names);
  }
  for (const auto& section : sections) {
    for (const auto& membership : section.memberships) {
      if (!out) {
        return;
      }
      auto cells = cells_of(membership);
      cells.insert(cells.begin(), section.treaty->id);
      write_tsv_row(out, cells);
    }
  }
}

void write_members_json(std::ostream& out, const std::vector<MembersSection>& sections) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& section : sections) {
    for (const auto& membership : section.memberships) {
      nlohmann::ordered_json object;
      object["treaty"] = section.treaty->id;
      object["party"] = membership.party;
      object["name"] = model::party_name(membership.party);
      object["status"] = model::status_name(membership.status);
      object["since"] = membership.since_date.text();
      object["event"] = membership.since->id;
      const auto day = [](const std::optional<model::PartialDate>& value) {
        return value ? nlohmann::ordered_json(value->text()) : nlohmann::ordered_json(nullptr);
      };
      object["signed"] = day(membership.signed_on);
      object["consented"] = day(membership.consented);
      object["in_force"] = day(membership.in_force);
      object["withdrawn"] = day(membership.withdrawn);
      array.push_back(std::move(object));
    }
  }
  out << array.dump(2) << '\n';
}

} // namespace accords::render
