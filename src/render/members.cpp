#include "render/members.hpp"

#include "model/country.hpp"
#include "model/date.hpp"
#include "model/event_type.hpp"
#include "render/style.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string>

namespace accords::render {
namespace {

// The country's name to show people, or the code itself if it is not in the table.
std::string name_of(const std::string& code) {
  const auto* country = model::country_by_alpha2(code);
  return country != nullptr ? std::string(country->display_name()) : code;
}

// The colour of a status: that of the event types that give it.
std::string_view status_color(model::Status status) {
  switch (status) {
  case model::Status::candidate:
    return type_color(model::EventType::report);
  case model::Status::announced:
    return type_color(model::EventType::announcement);
  case model::Status::member:
    return type_color(model::EventType::signing);
  case model::Status::withdrawn:
    return type_color(model::EventType::withdrawal);
  case model::Status::suspended:
    return type_color(model::EventType::suspension);
  case model::Status::none:
    break;
  }
  return "";
}

// The columns of the table and of the tsv after its treaty column, in order.
namespace column {
constexpr std::size_t party = 0, name = 1, status = 2, since = 3, event = 4;
} // namespace column

std::vector<std::string> headers() { return {"party", "name", "status", "since", "event"}; }

// On a narrow terminal the country name, which repeats the code, gives way first, then the
// event id, each in turns; the code, status and date only when nothing else is left.
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

// The cells of one membership, in the order of headers().
std::vector<std::string> cells_of(const engine::Membership& membership) {
  return {membership.party, name_of(membership.party), std::string(model::status_name(membership.status)),
          membership.since->date.text(), std::string(membership.since->id)};
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
    std::vector<std::vector<GridCell>> rows;
    rows.reserve(section.memberships.size());
    for (const auto& membership : section.memberships) {
      auto cells = cells_of(membership);
      rows.push_back({GridCell{std::move(cells[0]), {}}, GridCell{std::move(cells[1]), {}},
                      GridCell{std::move(cells[2]), status_color(membership.status)}, GridCell{std::move(cells[3]), {}},
                      GridCell{std::move(cells[4]), {}}});
    }
    write_grid(out, headers(), rows, shrink_steps(), options);
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
      object["name"] = name_of(membership.party);
      object["status"] = model::status_name(membership.status);
      object["since"] = membership.since->date.text();
      object["event"] = membership.since->id;
      array.push_back(std::move(object));
    }
  }
  out << array.dump(2) << '\n';
}

} // namespace accords::render
