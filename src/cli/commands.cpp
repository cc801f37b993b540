#include "cli/add_command.hpp"
#include "cli/chart_command.hpp"
#include "cli/check_command.hpp"
#include "cli/command.hpp"
#include "cli/completions_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/fmt_command.hpp"
#include "cli/help_command.hpp"
#include "cli/import_command.hpp"
#include "cli/list_command.hpp"
#include "cli/members_command.hpp"
#include "cli/report_command.hpp"
#include "cli/show_command.hpp"
#include "cli/treaties_command.hpp"

namespace accords::cli {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_list_command());
  commands.push_back(make_show_command());
  commands.push_back(make_members_command());
  commands.push_back(make_treaties_command());
  commands.push_back(make_report_command());
  commands.push_back(make_chart_command());
  commands.push_back(make_check_command());
  commands.push_back(make_add_command());
  commands.push_back(make_fmt_command());
  commands.push_back(make_import_command());
  commands.push_back(make_diff_command());
  commands.push_back(make_completions_command());
  commands.push_back(make_help_command());
  return commands;
}

} // namespace accords::cli
