#include "cli/treaties_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class TreatiesCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("treaties", "The treaties loaded: id, name, event count, first and last date, parties");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("treaties is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_treaties_command() { return std::make_unique<TreatiesCommand>(); }

} // namespace accords::cli
