#include "cli/help_command.hpp"

#include "cli/exit_status.hpp"
#include "util/spell.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace accords::cli {
namespace {

class HelpCommand final : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "help"; }
  // It prints the other commands' help, so they must all be on the command line's tree.
  [[nodiscard]] bool needs_every_command() const override { return true; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  CLI::App* root_ = nullptr;
  std::optional<std::string> command_;
};

CLI::App* HelpCommand::add_to(CLI::App& app) {
  root_ = &app;
  auto* help = app.add_subcommand(std::string(name()), "The help of accords, or of COMMAND (as COMMAND --help)");
  help->add_option("COMMAND", command_, "The command to explain")->option_text("COMMAND");
  return help;
}

void HelpCommand::run(const GlobalOptions& /*global*/, Context& context) {
  if (!command_) {
    // Not root_->help(), which gives the help of the command chosen: this one.
    context.out << root_->get_formatter()->make_help(root_, root_->get_name(), CLI::AppFormatMode::Normal);
    return;
  }
  std::vector<std::string> names;
  for (const auto* command : root_->get_subcommands([](const CLI::App*) { return true; })) {
    if (command->get_name() == *command_) {
      context.out << command->help(root_->get_name());
      return;
    }
    names.push_back(command->get_name());
  }
  throw UsageError(
      util::unknown_name({.kind = "command", .word = *command_}, names, util::name_list("commands", names)));
}

} // namespace

std::unique_ptr<Command> make_help_command() { return std::make_unique<HelpCommand>(); }

} // namespace accords::cli
