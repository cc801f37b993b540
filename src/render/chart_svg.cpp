#include "render/chart_svg.hpp"

#include "render/markup_escape.hpp"
#include "render/report_words.hpp"

#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;

// Geometry, in pixels. Text widths are estimated at `char_px` per column of 12px sans-serif.
constexpr long long margin = 16;
constexpr long long char_px = 7;
constexpr long long pitch = 10;     // width of a cell
constexpr long long row_px = 20;    // height of a row
constexpr long long title_px = 9;   // estimated width of a letter of the 15px bold title
constexpr long long label_gap = 10; // between the label column and the plot

// How a type's mark is drawn: a path around (0,0), filled or stroked, in a colour.
struct Shape {
  std::string_view path;
  bool filled;
  std::string_view color;
};

constexpr std::string_view circle = "M-4.5,0A4.5,4.5 0 1,0 4.5,0A4.5,4.5 0 1,0 -4.5,0Z";
constexpr std::string_view diamond = "M0,-5.5L5.5,0L0,5.5L-5.5,0Z";
constexpr std::string_view square = "M-4,-4H4V4H-4Z";

// The shapes match the terminal's marks (○ ◇ ⊖ ● ◆ ■ ▣ ▪ ★ ⇒ ⊗ × ⊘ ↔ ⌂ □ ▲ ▼ *) and their colours
// the terminal's families (render/style.cpp): green for membership, red for leaving, cyan
// for diplomacy.
Shape shape_of(EventType type) {
  switch (type) {
  case EventType::report:
    return {circle, false, "#888888"};
  case EventType::announcement:
    return {diamond, false, "#c98a00"};
  case EventType::rejection:
    return {"M-5,0H5", false, "#c62828"};
  case EventType::acceptance:
    return {square, false, "#2e7d32"};
  case EventType::approval:
    return {"M-3,-3H3V3H-3Z", true, "#2e7d32"};
  case EventType::succession:
    return {"M-5,0H4M1,-3L4,0L1,3", false, "#2e7d32"};
  case EventType::withdrawal_notice:
    return {"M-4,-4L4,4", false, "#c62828"};
  case EventType::signing:
    return {circle, true, "#2e7d32"};
  case EventType::accession:
    return {diamond, true, "#2e7d32"};
  case EventType::ratification:
    return {square, true, "#2e7d32"};
  case EventType::entry_into_force:
    return {"M0,-5.5L1.35,-1.86L5.23,-1.7L2.19,0.71L3.23,4.45L0,2.3L-3.23,4.45L-2.19,0.71L-5.23,-1.7L-1.35,-1.86Z",
            true, "#2e7d32"};
  case EventType::withdrawal:
    return {"M-4,-4L4,4M4,-4L-4,4", false, "#c62828"};
  case EventType::suspension:
    return {"M-4.5,0A4.5,4.5 0 1,0 4.5,0A4.5,4.5 0 1,0 -4.5,0ZM-3.2,3.2L3.2,-3.2", false, "#c62828"};
  case EventType::relations:
    return {"M-5,0H5M-5,0L-2,-3M-5,0L-2,3M5,0L2,-3M5,0L2,3", false, "#00838f"};
  case EventType::embassy:
    return {"M-4.5,5V-0.5L0,-5L4.5,-0.5V5Z", true, "#00838f"};
  case EventType::agreement:
    return {square, false, "#1565c0"};
  case EventType::summit:
    return {"M0,-5L5,4H-5Z", true, "#8e24aa"};
  case EventType::sanctions:
    return {"M0,5L5,-4H-5Z", true, "#e65100"};
  case EventType::other:
    break;
  }
  return {"M0,-5V5M-4.3,-2.5L4.3,2.5M-4.3,2.5L4.3,-2.5", false, "#555555"};
}

std::string style_sheet() {
  std::string css =
      "text{font-family:sans-serif;font-size:12px;fill:#222}"
      ".title{font-size:15px;font-weight:bold}.range{font-size:13px;fill:#555}.year{font-size:11px;fill:#555}"
      ".axis{stroke:#888}.grid{stroke:#e0e0e0}.band{fill:#f4f4f4}.note{fill:#555}";
  for (const auto type : model::all_event_types()) {
    const auto name = model::event_type_name(type);
    const auto shape = shape_of(type);
    css += shape.filled ? fmt::format("\n.t-{}{{fill:{}}}", name, shape.color)
                        : fmt::format("\n.t-{}{{fill:#fff;stroke:{};stroke-width:1.6}}", name, shape.color);
    css += fmt::format("\n.b-{}{{fill:{};opacity:.45}}", name, shape.color);
  }
  return css;
}

// The tooltip of a mark: one line per event, "DATE[–END] TYPE: TITLE".
std::string tooltip(const ChartMark& mark) {
  std::string text;
  for (const auto* event : mark.events) {
    if (!text.empty()) {
      text += '\n';
    }
    text += event->date.text();
    if (event->end) {
      text += "–" + event->end->text();
    }
    text += fmt::format(" {}: {}", model::event_type_name(event->type), event->title);
  }
  return xml_escape(text);
}

void write_header(std::ostream& out, long long width, long long height, const std::string& title,
                  bool xml_declaration) {
  if (xml_declaration) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  }
  out << fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
                     "viewBox=\"0 0 {0} {1}\">\n",
                     width, height);
  out << "<title>" << xml_escape(title) << "</title>\n";
  out << "<style>\n" << style_sheet() << "\n</style>\n";
  out << fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#fff\"/>\n", width, height);
}

// Where the plot is.
struct Frame {
  long long axis_y = 62;         // the axis line (lower when the title takes several lines)
  long long rows_top = 66;       // top of the first row
  long long plot_x = 0;          // left end of the axis
  long long plot_width = 0;      // slots * pitch
  std::size_t label_columns = 0; // columns a row label may take
};

long long tick_x(const ChartLayout& layout, const Frame& frame, int year) {
  const auto day = date::sys_days{date::year{year} / date::January / 1};
  return frame.plot_x + frame.plot_width * layout.days_from_start(day) / layout.axis_days();
}

long long cell_x(const Frame& frame, std::size_t slot) {
  return frame.plot_x + static_cast<long long>(slot) * pitch + pitch / 2;
}

void write_axis(std::ostream& out, const ChartLayout& layout, const Frame& frame, long long rows_bottom) {
  out << "<g id=\"axis\">\n";
  for (const auto& tick : layout.ticks) {
    const auto x = tick_x(layout, frame, tick.year);
    out << fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", x, frame.axis_y,
                       rows_bottom);
    out << fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", x, frame.axis_y - 5,
                       frame.axis_y);
    if (tick.labelled) {
      out << fmt::format("<text class=\"year\" x=\"{}\" y=\"{}\">{:04}</text>\n", x + 2, frame.axis_y - 6, tick.year);
    }
  }
  for (const auto y : {frame.axis_y, rows_bottom}) {
    out << fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", frame.plot_x, y,
                       frame.plot_x + frame.plot_width);
  }
  out << "</g>\n";
}

void write_row(std::ostream& out, const ChartRow& row, std::size_t index, const Frame& frame, long long width) {
  const auto top = frame.rows_top + static_cast<long long>(index) * row_px;
  const auto middle = top + row_px / 2;
  out << "<g class=\"row\">\n";
  if (index % 2 == 0) {
    out << fmt::format("<rect class=\"band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", margin / 2, top,
                       width - margin, row_px);
  }
  out << fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", margin, middle + 4,
                     xml_escape(util::truncate_to_width(row.label, frame.label_columns)));
  for (const auto& mark : row.marks) { // bars first, so that every mark is drawn over them
    if (mark.bar_end > mark.slot) {
      out << fmt::format("<rect class=\"b-{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" rx=\"2\"><title>{}</title>"
                         "</rect>\n",
                         model::event_type_name(mark.bar_type), cell_x(frame, mark.slot), middle - 2,
                         static_cast<long long>(mark.bar_end - mark.slot) * pitch, tooltip(mark));
    }
  }
  for (const auto& mark : row.marks) {
    out << fmt::format("<path class=\"t-{}\" transform=\"translate({} {})\" d=\"{}\"><title>{}</title></path>\n",
                       model::event_type_name(mark.type), cell_x(frame, mark.slot), middle, shape_of(mark.type).path,
                       tooltip(mark));
  }
  out << "</g>\n";
}

// The legend's items, wrapped at the right margin; returns the baseline of its last line.
long long write_legend(std::ostream& out, const ChartLayout& layout, long long top, long long width) {
  out << "<g id=\"legend\">\n";
  out << fmt::format("<text x=\"{}\" y=\"{}\">Legend:</text>\n", margin, top);
  const long long start = margin + 60;
  auto x = start;
  auto y = top;
  // Places an item's name after its symbol, wrapping before the right margin; returns where the symbol goes.
  const auto place = [&](std::string_view name) {
    const auto item_width = 14 + static_cast<long long>(name.size()) * 13 / 2 + 18; // 6.5 px a letter
    if (x > start && x + item_width > width - margin) {
      x = start;
      y += row_px;
    }
    out << fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x + 14, y, name);
    const auto at = x;
    x += item_width;
    return at;
  };
  for (const auto type : layout.mark_types) {
    const auto name = model::event_type_name(type);
    const auto at = place(name);
    out << fmt::format("<path class=\"t-{}\" transform=\"translate({} {})\" d=\"{}\"/>\n", name, at + 5, y - 4,
                       shape_of(type).path);
  }
  if (layout.has_bars) {
    const auto at = place("duration");
    out << fmt::format("<rect class=\"b-other\" x=\"{}\" y=\"{}\" width=\"12\" height=\"4\" rx=\"2\"/>\n", at, y - 6);
  }
  if (layout.has_collisions) {
    const auto columns = static_cast<std::size_t>((width - 2 * margin) / char_px);
    for (const auto& line : util::wrap_words(
             "A mark holding several events shows the type listed first; its tooltip lists them all.", columns)) {
      y += row_px;
      out << fmt::format("<text class=\"note\" x=\"{}\" y=\"{}\">{}</text>\n", margin, y, line);
    }
  }
  out << "</g>\n";
  return y;
}

} // namespace

std::string xml_escape(std::string_view text) { return escape_markup(text, Quotes::escape); }

void write_chart_svg(std::ostream& out, const EventList& events, std::span<const model::Treaty> treaties,
                     const ChartSvgOptions& options) {
  const auto width = static_cast<long long>(std::clamp(options.width, chart_svg_min_width, chart_svg_max_width));
  const auto heading_text = one_line(options.title);
  if (events.empty()) {
    write_header(out, width, 60, heading_text.empty() ? "accords chart: no events" : heading_text + ": no events",
                 options.xml_declaration);
    out << fmt::format("<text class=\"title\" x=\"{}\" y=\"{}\">No events match.</text>\n</svg>\n", margin, 36);
    return;
  }
  auto rows = chart_rows(events, treaties, options.by);
  std::size_t label_columns = 0;
  for (const auto& row : rows) {
    label_columns = std::max(label_columns, util::display_width(row.label));
  }
  Frame frame;
  frame.label_columns = std::min(label_columns, static_cast<std::size_t>(width * 3 / 10 / char_px));
  frame.plot_x = margin + static_cast<long long>(frame.label_columns) * char_px + label_gap;
  const auto slots = static_cast<std::size_t>(std::max(1LL, (width - frame.plot_x - margin) / pitch));
  frame.plot_width = static_cast<long long>(slots) * pitch;
  const auto layout = layout_chart(std::move(rows), {slots, 3, 1});
  const auto range = chart_title(layout, options.by);
  // The heading's lines in bold, then the range's; the first sits where a lone title always sat.
  auto title_lines = heading_text.empty()
                         ? std::vector<std::string>{}
                         : util::wrap_words(heading_text, static_cast<std::size_t>((width - 2 * margin) / title_px));
  const auto heading_lines = title_lines.size();
  for (auto& line : util::wrap_words(range, static_cast<std::size_t>((width - 2 * margin) / title_px))) {
    title_lines.push_back(std::move(line));
  }
  const auto title_shift = static_cast<long long>(title_lines.size() - 1) * row_px;
  frame.axis_y += title_shift;
  frame.rows_top += title_shift;

  const auto rows_bottom = frame.rows_top + static_cast<long long>(layout.rows.size()) * row_px;
  // Measure the legend by drawing it into a scratch stream first.
  std::ostringstream legend;
  const auto legend_bottom = write_legend(legend, layout, rows_bottom + 28, width);
  write_header(out, width, legend_bottom + margin,
               heading_text.empty() ? "accords chart: " + range : heading_text + ": " + range, options.xml_declaration);
  for (std::size_t i = 0; i < title_lines.size(); ++i) {
    const bool heading = heading_text.empty() || i < heading_lines;
    out << fmt::format("<text class=\"{}\" x=\"{}\" y=\"{}\">{}</text>\n", heading ? "title" : "range", margin,
                       margin + 14 + static_cast<long long>(i) * row_px, xml_escape(title_lines[i]));
  }
  write_axis(out, layout, frame, rows_bottom);
  for (std::size_t i = 0; i < layout.rows.size(); ++i) {
    write_row(out, layout.rows[i], i, frame, width);
  }
  out << legend.str() << "</svg>\n";
}

} // namespace accords::render
