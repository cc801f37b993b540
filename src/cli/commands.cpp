#include "cli/command.hpp"
#include "cli/list_command.hpp"

namespace accords::cli {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_list_command());
  return commands;
}

} // namespace accords::cli
