#include "cli/report_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class ReportCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("report", "A summary of the filtered events, for a briefing");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("report is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

} // namespace accords::cli
