#include "cli/chart_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class ChartCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("chart", "A picture of the filtered timeline (terminal or SVG)");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("chart is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_chart_command() { return std::make_unique<ChartCommand>(); }

} // namespace accords::cli
