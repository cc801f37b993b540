#include "render/chart_terminal.hpp"

#include "render/style.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;

constexpr std::size_t repeat_axis_after = 15; // rows above which the axis is drawn below them too
constexpr std::size_t year_label_width = 4;   // "2020"

// The characters of the frame: Unicode box drawing or ASCII.
struct Frame {
  std::string_view bar;         // a cell an event's interval continues through
  std::string_view axis;        // the axis line between ticks
  std::string_view tick_top;    // a tick on the axis above the rows
  std::string_view tick_bottom; // a tick on the axis below the rows
  std::string_view ellipsis;    // the end of a shortened label
};

constexpr Frame unicode_frame{"━", "─", "┬", "┴", "…"};
constexpr Frame ascii_frame{"=", "-", "+", "+", "..."};

// One character cell of a row.
struct Cell {
  std::string_view glyph; // empty: a blank
  std::string_view style; // SGR sequence, empty for none
};

std::string one_line(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

// `text` cut to `width` columns, ending in the frame's ellipsis when cut.
std::string fit_to(const std::string& text, std::size_t width, const Frame& frame) {
  if (util::display_width(text) <= width) {
    return text;
  }
  if (frame.ellipsis == "…" || width < frame.ellipsis.size() + 1) {
    return util::truncate_to_width(text, width);
  }
  auto cut = util::truncate_to_width(text, width - frame.ellipsis.size() + 1); // ends in "…" (one column)
  cut.resize(cut.size() - std::string_view("…").size());
  while (!cut.empty() && cut.back() == ' ') { // "AE United..." rather than "AE United ..."
    cut.pop_back();
  }
  return cut + std::string(frame.ellipsis);
}

// The year labels, each starting at its tick.
std::string year_labels(const ChartLayout& layout) {
  std::string line(layout.slots, ' ');
  for (const auto& tick : layout.ticks) {
    if (tick.labelled) {
      line.replace(tick.slot, year_label_width, fmt::format("{:04}", tick.year));
    }
  }
  return line;
}

std::string axis_line(const ChartLayout& layout, std::string_view axis, std::string_view tick) {
  std::vector<std::string_view> cells(layout.slots, axis);
  for (const auto& t : layout.ticks) {
    cells[t.slot] = tick;
  }
  std::string line;
  for (const auto cell : cells) {
    line += cell;
  }
  return line;
}

// The cells of a row: bars first, then the marks over them.
std::vector<Cell> cells_of(const ChartRow& row, std::size_t slots, const ChartTextOptions& options,
                           const Frame& frame) {
  std::vector<Cell> cells(slots);
  for (const auto& mark : row.marks) {
    for (auto slot = mark.slot + 1; slot <= mark.bar_end && slot < slots; ++slot) {
      cells[slot] = {frame.bar, type_color(mark.bar_type)};
    }
  }
  for (const auto& mark : row.marks) {
    cells[mark.slot] = {chart_glyph(mark.type, options.ascii), type_color(mark.type)};
  }
  return cells;
}

// The cells as text, each run of one style wrapped once, without trailing blanks.
std::string draw(const std::vector<Cell>& cells, bool color) {
  const auto end = std::find_if(cells.rbegin(), cells.rend(), [](const Cell& c) { return !c.glyph.empty(); });
  const auto count = static_cast<std::size_t>(cells.rend() - end);
  std::string line;
  std::string run;
  std::string_view run_style;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& cell = cells[i];
    const auto style = cell.glyph.empty() ? std::string_view() : cell.style;
    if (style != run_style) {
      line += styled(run, run_style, color);
      run.clear();
      run_style = style;
    }
    run += cell.glyph.empty() ? std::string_view(" ") : cell.glyph;
  }
  return line + styled(run, run_style, color);
}

std::string trim_right(std::string line) {
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  return line;
}

// A visible piece of a wrapped paragraph: its text (maybe coloured) and its width.
struct Piece {
  std::string text;
  std::size_t width;
};

// The pieces joined by `separator`, wrapped at `width`: the first line starts with `lead`,
// the next ones with as many blanks.
void write_wrapped(std::ostream& out, const std::vector<Piece>& pieces, std::string_view lead,
                   std::string_view separator, std::size_t width) {
  std::string line(lead);
  auto used = lead.size();
  bool empty = true;
  for (const auto& piece : pieces) {
    if (!empty && used + separator.size() + piece.width > width) {
      out << line << '\n';
      line.assign(lead.size(), ' ');
      used = lead.size();
      empty = true;
    }
    if (!empty) {
      line += separator;
      used += separator.size();
    }
    line += piece.text;
    used += piece.width;
    empty = false;
  }
  out << line << '\n';
}

// Text wrapped at its spaces to `width` columns.
void write_words(std::ostream& out, const std::string& text, std::size_t width) {
  std::vector<Piece> words;
  for (auto& word : util::split(text, ' ')) {
    const auto columns = util::display_width(word);
    words.push_back({std::move(word), columns});
  }
  write_wrapped(out, words, "", " ", width);
}

void write_legend(std::ostream& out, const ChartLayout& layout, const ChartTextOptions& options, const Frame& frame,
                  std::size_t width) {
  std::vector<Piece> items;
  for (const auto type : layout.mark_types) {
    const auto glyph = chart_glyph(type, options.ascii);
    const auto name = model::event_type_name(type);
    items.push_back({fmt::format("{} {}", styled(glyph, type_color(type), options.color), name),
                     util::display_width(glyph) + 1 + name.size()});
  }
  if (layout.has_bars) {
    items.push_back({fmt::format("{} duration", frame.bar), util::display_width(frame.bar) + 9});
  }
  write_wrapped(out, items, "Legend: ", "  ", width);
  if (layout.has_collisions) {
    write_words(out, "A cell with several events shows the type listed first.", width);
  }
}

} // namespace

std::string_view chart_glyph(EventType type, bool ascii) {
  switch (type) {
  case EventType::report:
    return ascii ? "?" : "○";
  case EventType::announcement:
    return ascii ? "!" : "◇";
  case EventType::rejection:
    return ascii ? "N" : "⊖";
  case EventType::acceptance:
    return ascii ? "C" : "▣";
  case EventType::approval:
    return ascii ? "V" : "▪";
  case EventType::succession:
    return ascii ? "U" : "⇒";
  case EventType::withdrawal_notice:
    return ascii ? "W" : "⊗";
  case EventType::signing:
    return ascii ? "S" : "●";
  case EventType::accession:
    return ascii ? "A" : "◆";
  case EventType::ratification:
    return ascii ? "R" : "■";
  case EventType::entry_into_force:
    return ascii ? "E" : "★";
  case EventType::withdrawal:
    return ascii ? "X" : "×";
  case EventType::suspension:
    return ascii ? "P" : "⊘";
  case EventType::relations:
    return ascii ? "&" : "↔";
  case EventType::embassy:
    return ascii ? "h" : "⌂";
  case EventType::agreement:
    return ascii ? "g" : "□";
  case EventType::summit:
    return ascii ? "^" : "▲";
  case EventType::sanctions:
    return ascii ? "v" : "▼";
  case EventType::other:
    break;
  }
  return "*";
}

void write_chart_text(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                      const ChartTextOptions& options) {
  if (events.empty()) {
    out << "No events match.\n";
    return;
  }
  const auto& frame = options.ascii ? ascii_frame : unicode_frame;
  const auto width = std::clamp(options.width, chart_text_min_width, chart_text_max_width);
  auto rows = chart_rows(events, treaties, options.by);
  std::size_t label_width = 0;
  for (auto& row : rows) {
    row.label = one_line(row.label);
    label_width = std::max(label_width, util::display_width(row.label));
  }
  label_width = std::min(label_width, std::max<std::size_t>(8, std::min<std::size_t>(32, width / 3)));
  const auto layout = layout_chart(std::move(rows), {width - label_width - 1, year_label_width, 1});
  const std::string indent(label_width + 1, ' ');

  if (!options.title.empty()) {
    write_words(out, one_line(options.title), width);
  }
  write_words(out, chart_title(layout, options.by), width);
  out << trim_right(indent + year_labels(layout)) << '\n';
  out << indent << axis_line(layout, frame.axis, frame.tick_top) << '\n';
  for (const auto& row : layout.rows) {
    const auto label = fit_to(row.label, label_width, frame);
    const auto padding = std::string(label_width - util::display_width(label) + 1, ' ');
    out << label << padding << draw(cells_of(row, layout.slots, options, frame), options.color) << '\n';
  }
  if (layout.rows.size() > repeat_axis_after) {
    out << indent << axis_line(layout, frame.axis, frame.tick_bottom) << '\n';
    out << trim_right(indent + year_labels(layout)) << '\n';
  }
  write_legend(out, layout, options, frame, width);
}

} // namespace accords::render
