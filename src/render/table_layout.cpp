#include "render/table_layout.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

namespace accords::render {
namespace {

constexpr std::size_t gap = 2; // spaces between columns

// How far each role gives way at one step of fitting; 0 means not at all.
struct Caps {
  std::size_t list;
  std::size_t text;
  std::size_t title; // the shortest the title may get at this step
};

// First a light touch that gives the title its room, then the most a column gives before
// columns are left out.
constexpr std::array<Caps, 2> steps{{{16, 24, 24}, {8, 12, 16}}};

// The columns left out first when even the tightest step does not fit.
constexpr std::array<Field, 12> drop_order{Field::end,       Field::effective, Field::from,    Field::id,
                                           Field::mediators, Field::tags,      Field::sources, Field::notes,
                                           Field::place,     Field::treaty,    Field::type,    Field::parties};

std::size_t cap_of(ColumnRole role, const Caps& caps) {
  switch (role) {
  case ColumnRole::list:
    return caps.list;
  case ColumnRole::text:
    return caps.text;
  case ColumnRole::title:
    return caps.title;
  case ColumnRole::fixed:
    break;
  }
  return 0;
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
  std::size_t total = 0;
  std::size_t shown = 0;
  for (const auto width : widths) {
    if (width > 0) {
      total += width;
      ++shown;
    }
  }
  return shown == 0 ? 0 : total + gap * (shown - 1);
}

// The widths of the shown columns at one step, the title taking what the others leave it; empty
// when they do not fit in `limit`. Each column's `natural` is already at least its header and 1.
std::vector<std::size_t> try_step(const std::vector<ColumnNeeds>& columns, const std::vector<bool>& shown,
                                  const Caps& caps, std::size_t limit) {
  std::vector<std::size_t> widths(columns.size(), 0);
  std::size_t title = columns.size();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!shown[i]) {
      continue;
    }
    const auto role = column_role(columns[i].field);
    const auto natural = columns[i].natural;
    const auto cap = cap_of(role, caps);
    widths[i] = cap == 0 ? natural : std::max(std::min(natural, cap), columns[i].header);
    if (role == ColumnRole::title && title == columns.size()) {
      title = i;
    }
  }
  if (total_width(widths) > limit) {
    return {};
  }
  auto slack = limit - total_width(widths);
  // The title gets the room first, then the capped columns in order, each up to its natural width.
  const auto grow = [&](std::size_t i) {
    const auto more = std::min(slack, columns[i].natural - widths[i]);
    widths[i] += more;
    slack -= more;
  };
  if (title < columns.size()) {
    grow(title);
  }
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (widths[i] > 0) {
      grow(i);
    }
  }
  return widths;
}

} // namespace

ColumnRole column_role(Field field) {
  switch (field) {
  case Field::parties:
  case Field::mediators:
  case Field::tags:
    return ColumnRole::list;
  case Field::place:
  case Field::notes:
  case Field::sources:
    return ColumnRole::text;
  case Field::title:
    return ColumnRole::title;
  case Field::id:
  case Field::date:
  case Field::end:
  case Field::effective:
  case Field::from:
  case Field::treaty:
  case Field::type:
    break;
  }
  return ColumnRole::fixed;
}

std::vector<std::size_t> plan_column_widths(const std::vector<ColumnNeeds>& columns, std::size_t limit) {
  std::vector<std::size_t> natural;
  for (const auto& column : columns) {
    natural.push_back(std::max({column.natural, column.header, std::size_t{1}}));
  }
  if (limit == 0 || total_width(natural) <= limit) {
    return natural;
  }
  std::vector<ColumnNeeds> needs = columns;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    needs[i].natural = natural[i];
  }
  std::vector<bool> shown(columns.size(), true);
  const auto* next_drop = drop_order.begin();
  while (true) {
    for (const auto& caps : steps) {
      if (auto widths = try_step(needs, shown, caps, limit); !widths.empty()) {
        return widths;
      }
    }
    // Leave out the next column of the drop order that is shown; with none left, what remains
    // (dates, titles and columns no order names) is cut to fit as far as it can.
    bool dropped = false;
    for (; next_drop != drop_order.end() && !dropped; ++next_drop) {
      for (std::size_t i = 0; i < columns.size(); ++i) {
        if (shown[i] && columns[i].field == *next_drop) {
          shown[i] = false;
          dropped = true;
        }
      }
    }
    if (!dropped) {
      break;
    }
  }
  // Only columns that are never left out remain and do not fit at their floors: the titles
  // take what the rest leaves, down to one column.
  std::vector<std::size_t> widths(columns.size(), 0);
  std::size_t titles = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (shown[i]) {
      widths[i] = column_role(columns[i].field) == ColumnRole::title ? 1 : natural[i];
      titles += column_role(columns[i].field) == ColumnRole::title ? 1U : 0U;
    }
  }
  const auto used = total_width(widths);
  if (titles > 0 && used < limit) {
    const auto share = (limit - used) / titles;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (widths[i] > 0 && column_role(columns[i].field) == ColumnRole::title) {
        widths[i] = std::min(natural[i], 1 + share);
      }
    }
  }
  return widths;
}

std::string summarise_list(const std::vector<std::string>& items, std::size_t width) {
  std::string all;
  for (std::size_t i = 0; i < items.size(); ++i) {
    all += (i == 0 ? "" : ", ") + items[i];
  }
  if (util::display_width(all) <= width) {
    return all;
  }
  // The most items that fit with the count of the others after them.
  std::string shown;
  for (std::size_t kept = items.size() - 1; kept > 0; --kept) {
    shown.clear();
    for (std::size_t i = 0; i < kept; ++i) {
      shown += (i == 0 ? "" : ", ") + items[i];
    }
    shown += " +" + std::to_string(items.size() - kept);
    if (util::display_width(shown) <= width) {
      return shown;
    }
  }
  const auto count = " +" + std::to_string(items.size() - 1);
  if (items.size() > 1 && width > count.size() + 1) {
    return util::truncate_to_width(items.front(), width - count.size()) + count;
  }
  return util::truncate_to_width(all, width);
}

} // namespace accords::render
