#include "cli/report_command.hpp"

#include "cli/flags.hpp"
#include "cli/selection.hpp"
#include "cli/session.hpp"
#include "engine/report_summary.hpp"
#include "render/report_html.hpp"
#include "render/report_json.hpp"
#include "render/report_markdown.hpp"
#include "render/report_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <limits>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 4> report_formats{"text", "markdown", "json", "html"};
constexpr std::size_t default_top = 10;

// Options of `report`, as written.
struct ReportOptions {
  FilterOptions filter;
  std::optional<std::string> format;             // --format; default text, also when piped
  std::string top = std::to_string(default_top); // --top N or "all"
};

// The count --top names; nullopt for "all" or for text that is not a count (which the
// flag's check has already refused). A count too large for size_t means every party.
std::optional<std::size_t> parse_top(const std::string& text) {
  std::size_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || stop != end || (error != std::errc() && error != std::errc::result_out_of_range)) {
    return std::nullopt;
  }
  return error == std::errc::result_out_of_range ? std::numeric_limits<std::size_t>::max() : value;
}

// `accords report`.
class ReportCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "report"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return report_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  ReportOptions options_;
};

CLI::App* ReportCommand::add_to(CLI::App& app) {
  auto& options = options_;
  auto* report = app.add_subcommand(std::string(name()), "A summary of the filtered events, for a briefing");
  add_filter_flags(*report, options.filter);
  add_format_flag(*report, options.format, formats(), "default: text, also when piped: the report is for people");
  report
      ->add_option("--top", options.top,
                   fmt::format("At most N parties in the per-party counts, or 'all' (default {})", default_top))
      ->option_text("N")
      ->check([](const std::string& value) {
        return value == "all" || parse_top(value)
                   ? std::string()
                   : fmt::format("expected a count (0 or more) or 'all', got '{}'", value);
      })
      ->group("Output");
  return report;
}

void ReportCommand::run(const GlobalOptions& global, Context& context) {
  const auto& options = options_;
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options.format, "text", formats(), name());
  const Selection selection(options.filter, today, LoadedEvents::all, global, context);
  engine::ReportRequest request;
  request.filter = selection.filter();
  request.data = data_paths(global, context);
  request.members_as_of = engine::members_day(request.filter, date::sys_days{today});
  request.top = options.top == "all" ? std::nullopt : parse_top(options.top);
  const auto summary = engine::summarize(selection.events(), selection.timeline(), request);
  if (format == "json") {
    render::write_report_json(context.out, summary);
  } else if (format == "markdown") {
    render::write_report_markdown(context.out, summary);
  } else if (format == "html") {
    render::ReportHtmlOptions html;
    html.treaties = selection.timeline().treaties();
    html.chart_title = selection.name(); // as `chart` names the same selection
    render::write_report_html(context.out, summary, selection.events(), html);
  } else {
    render::ReportTextOptions text;
    text.color = use_color(global, context);
    text.width = context.terminal_width; // COLUMNS, or the terminal's width; 0 when neither
    render::write_report_text(context.out, summary, text);
  }
}

} // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

} // namespace accords::cli
