#include "cli/show_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class ShowCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("show", "Every field of the named events, sources included");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("show is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_show_command() { return std::make_unique<ShowCommand>(); }

} // namespace accords::cli
