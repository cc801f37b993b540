#include "cli/check_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class CheckCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("check", "Validates timeline files and prints every problem");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("check is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

} // namespace accords::cli
