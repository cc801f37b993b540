#pragma once
// One `accords` command: the flags it adds to the command line and how it runs.

#include "cli/context.hpp"
#include "cli/options.hpp"

#include <CLI/App.hpp>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace accords::cli {

// A subcommand. Flags are parsed into the object's own fields by CLI11, then run() is called.
class Command {
public:
  Command() = default;
  Command(const Command&) = delete;
  Command& operator=(const Command&) = delete;
  virtual ~Command() = default;

  // The word that runs it ("list"), the name add_to gives the subcommand.
  [[nodiscard]] virtual std::string_view name() const = 0;
  // The values its --format accepts, in the order its help lists them; empty when it has no
  // --format. add_format_flag, choose_format and the completion scripts all read them here.
  [[nodiscard]] virtual std::span<const std::string_view> formats() const { return {}; }
  // True when it reads the other commands' flags from the command line's tree (completions):
  // then every command is added even when this one is named.
  [[nodiscard]] virtual bool needs_every_command() const { return false; }
  // True when its output, at a terminal, goes through the pager (cli/pager.hpp): what people
  // read; not a completion script, nor check, whose problems go to standard error.
  [[nodiscard]] virtual bool pages_output() const { return true; }
  // Adds the subcommand and its flags to `app` and returns the subcommand.
  virtual CLI::App* add_to(CLI::App& app) = 0;
  // Runs the command after a successful parse. Throws UsageError (status 2), DataError
  // (status 1, already reported) or RuntimeFailure (status 1); returns normally on success.
  virtual void run(const GlobalOptions& global, Context& context) = 0;
};

// Every command, in the order --help lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> all_commands();

} // namespace accords::cli
