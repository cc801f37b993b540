#include "cli/members_command.hpp"

#include "cli/exit_status.hpp"

#include <CLI/CLI.hpp>

namespace accords::cli {
namespace {

// Placeholder registration until the command is built.
class MembersCommand : public Command {
public:
  CLI::App* add_to(CLI::App& app) override {
    return app.add_subcommand("members", "Each party of a treaty with its status as of a day");
  }
  void run(const GlobalOptions& /*global*/, Context& /*context*/) override {
    throw RuntimeFailure("members is not built yet");
  }
};

} // namespace

std::unique_ptr<Command> make_members_command() { return std::make_unique<MembersCommand>(); }

} // namespace accords::cli
