#include "cli/chart_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/selection.hpp"
#include "cli/session.hpp"
#include "render/chart_json.hpp"
#include "render/chart_layout.hpp"
#include "render/chart_svg.hpp"
#include "render/chart_terminal.hpp"
#include "util/spell.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 3> chart_formats{"text", "svg", "json"};

// Options of `chart`, as written.
struct ChartOptions {
  FilterOptions filter;
  std::optional<std::string> format; // --format text|svg|json; default: text
  std::string by = "party";          // --by party|treaty|type
  std::optional<std::string> width;  // --width N: columns (text) or pixels (svg)
  bool ascii = false;                // --ascii: plain ASCII marks and axis
  std::optional<std::string> title;  // --title TEXT; default: what the selection is
};

render::ChartGrouping choose_grouping(const std::string& by) {
  if (const auto grouping = render::parse_chart_grouping(by)) {
    return *grouping;
  }
  const auto names = render::chart_grouping_names();
  throw UsageError(util::unknown_name({.kind = "value", .word = by, .context = " for --by"}, names,
                                      util::name_list("choices", names)));
}

// The width to draw at: --width checked against the format's range, else the terminal's
// width (80 when unknown) for text and 1000 pixels for svg.
std::size_t choose_width(const std::optional<std::string>& given, const std::string& format, const Context& context) {
  const bool svg = format == "svg";
  const auto min = svg ? render::chart_svg_min_width : render::chart_text_min_width;
  const auto max = svg ? render::chart_svg_max_width : render::chart_text_max_width;
  if (!given) {
    const std::size_t fallback = svg ? 1000 : (context.terminal_width == 0 ? 80 : context.terminal_width);
    return std::clamp(fallback, min, max);
  }
  if (given->empty() || given->size() > 9 || given->find_first_not_of("0123456789") != std::string::npos) {
    throw UsageError(fmt::format("--width: expected a whole number, got '{}'", *given));
  }
  const auto width = static_cast<std::size_t>(std::stoul(*given));
  const auto* const unit = svg ? "pixels for svg" : "columns for text";
  if (width < min) {
    throw UsageError(fmt::format("--width must be at least {} {}, got {}", min, unit, width));
  }
  if (width > max) {
    throw UsageError(fmt::format("--width must be at most {} {}, got {}", max, unit, width));
  }
  return width;
}

// `accords chart`.
class ChartCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "chart"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return chart_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  ChartOptions options_;
};

CLI::App* ChartCommand::add_to(CLI::App& app) {
  auto& options = options_;
  auto* chart = app.add_subcommand(std::string(name()), "A picture of the filtered timeline (terminal or SVG)");
  add_filter_flags(*chart, options.filter);
  chart
      ->add_option("--by", options.by,
                   "One row per party (the default) or treaty, in order of first appearance, or per type, in "
                   "the format's order")
      ->option_text("party|treaty|type")
      ->group("Output");
  add_format_flag(*chart, options.format, formats(), "default: text");
  chart
      ->add_option("--width", options.width,
                   fmt::format("Columns of the text chart ({}-{}; default: the terminal's, else 80) or pixels of "
                               "the SVG ({}-{}; default: 1000)",
                               render::chart_text_min_width, render::chart_text_max_width, render::chart_svg_min_width,
                               render::chart_svg_max_width))
      ->option_text("N")
      ->group("Output");
  chart->add_flag("--ascii", options.ascii, "Plain ASCII marks and axis in the text chart instead of Unicode")
      ->group("Output");
  chart
      ->add_option("--title", options.title,
                   "The heading (default: the treaties shown and the filters, as in 'Abraham Accords — Country: "
                   "Kazakhstan'); '' for none")
      ->option_text("TEXT")
      ->group("Output");
  return chart;
}

void ChartCommand::run(const GlobalOptions& global, Context& context) {
  const auto& options = options_;
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options.format, "text", formats(), name());
  const auto grouping = choose_grouping(options.by);
  const auto width = choose_width(options.width, format, context);
  const Selection selection(options.filter, today, LoadedEvents::within_dates, global, context);
  const auto& events = selection.events();
  const auto& treaties = selection.timeline().treaties();
  const auto title = options.title ? *options.title : selection.name();
  if (format == "svg") {
    render::write_chart_svg(context.out, events, treaties, {.by = grouping, .width = width, .title = title});
  } else if (format == "json") {
    render::write_chart_json(context.out, events, treaties, grouping);
  } else {
    render::ChartTextOptions text;
    text.by = grouping;
    text.width = width;
    text.ascii = options.ascii;
    text.color = use_color(global, context);
    text.title = title;
    render::write_chart_text(context.out, events, treaties, text);
  }
}

} // namespace

std::unique_ptr<Command> make_chart_command() { return std::make_unique<ChartCommand>(); }

} // namespace accords::cli
