#include "cli/treaties_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/session.hpp"
#include "engine/treaty_summary.hpp"
#include "render/treaties.hpp"

#include <CLI/CLI.hpp>

#include <array>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 3> treaties_formats{"table", "tsv", "json"};

// Options of `treaties`, as written.
struct TreatiesOptions {
  std::optional<std::string> format; // --format; default: table on a terminal, tsv otherwise
  bool no_header = false;            // --no-header (table)
  bool header = false;               // --header (tsv)
};

// `accords treaties`.
class TreatiesCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "treaties"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return treaties_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  TreatiesOptions options_;
};

CLI::App* TreatiesCommand::add_to(CLI::App& app) {
  auto* treaties = app.add_subcommand(
      std::string(name()), "The treaties loaded: id, name, event count, first and last date, number of parties");
  add_format_flag(*treaties, options_.format, formats(), "default: table on a terminal, tsv otherwise");
  treaties->add_flag("--no-header", options_.no_header, "Leave out the header row of table")->group("Output");
  treaties->add_flag("--header", options_.header, "Print a header line in tsv")->group("Output");
  return treaties;
}

void TreatiesCommand::run(const GlobalOptions& global, Context& context) {
  const auto format = choose_format(options_.format, context.out_is_terminal ? "table" : "tsv", formats(), name());
  if (options_.header && options_.no_header) {
    throw UsageError("--header and --no-header contradict each other");
  }
  const auto timeline = load_timeline(global, context);
  const auto summaries = engine::summarize_treaties(timeline);
  if (format == "table") {
    render::GridOptions table;
    table.color = use_color(global, context);
    table.header = !options_.no_header;
    table.width = context.terminal_width;
    render::write_treaties_table(context.out, summaries, table);
  } else if (format == "tsv") {
    render::write_treaties_tsv(context.out, summaries, options_.header);
  } else {
    render::write_treaties_json(context.out, summaries);
  }
}

} // namespace

std::unique_ptr<Command> make_treaties_command() { return std::make_unique<TreatiesCommand>(); }

} // namespace accords::cli
