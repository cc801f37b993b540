#include "cli/app.hpp"

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/help_formatter.hpp"
#include "cli/options.hpp"
#include "cli/pager.hpp"
#include "cli/version.hpp"
#include "util/spell.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace accords::cli {
namespace {

// Prints a usage error and the help to try: that of `command` when one is known.
int usage_error(Context& context, std::string_view message, const Command* command) {
  print_error(context.err, message);
  context.err << "Try 'accords " << (command != nullptr ? std::string(command->name()) + " " : std::string())
              << "--help' for more information.\n";
  return static_cast<int>(ExitStatus::usage_error);
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  add_repeatable(app, "-d,--data", options.data, "Timeline file or directory; repeatable; '-' is standard input",
                 "PATH", "Global options");
  app.add_option("--color", options.color, "Colour: auto, always or never")
      ->option_text("WHEN")
      ->check(CLI::IsMember(std::vector<std::string>(color_choices.begin(), color_choices.end())))
      ->group("Global options");
  app.add_option("--today", options.today, "The day 'today' and relative dates count from (also ACCORDS_TODAY)")
      ->option_text("DATE")
      ->group("Global options");
  app.add_flag("--no-cache", options.no_cache,
               "Parse every file again, neither reading nor writing the cache of parsed files")
      ->group("Global options");
  app.add_flag("--no-pager", options.no_pager,
               "Write to the terminal directly, not through $ACCORDS_PAGER, $PAGER or less")
      ->group("Global options");
  app.add_flag("--version", options.version, "Print the version and exit")->group("Global options");
}

// Sends standard output through the pager when it is a terminal, the command writes for people
// and --no-pager is not given (as git does; `less -FRX` prints short output and exits).
void page_output(const GlobalOptions& global, const Command& command, Context& context) {
  if (global.no_pager || !context.out_is_terminal || !command.pages_output() || !context.start_pager) {
    return;
  }
  if (const auto pager = pager_command(context.env)) {
    context.out.flush();
    context.start_pager(*pager);
  }
}

// The command `argv` names, when that can be told before parsing: the first word that is
// neither an option nor the value of one of `app`'s global options, when it names one of
// `commands` and no other word names one (a mistake CLI11 reports with every command known).
// Null when there is none, and whenever in doubt.
const Command* named_command(int argc, const char* const* argv, const CLI::App& app,
                             const std::vector<std::unique_ptr<Command>>& commands) {
  const auto command_called = [&](std::string_view word) -> const Command* {
    const auto found =
        std::find_if(commands.begin(), commands.end(), [&](const auto& command) { return command->name() == word; });
    return found == commands.end() ? nullptr : found->get();
  };
  // A global option written as a word of its own that takes the next word as its value.
  const auto takes_next_word = [&](std::string_view word) {
    const auto options = app.get_options();
    return std::any_of(options.begin(), options.end(), [&](const CLI::Option* option) {
      return option->get_type_size() > 0 && option->check_name(std::string(word));
    });
  };
  const Command* named = nullptr;
  bool first_word = true;
  for (int index = 1; index < argc; ++index) {
    const std::string_view word = argv[index];
    if (word == "--") {
      return nullptr;
    }
    if (word.size() > 1 && word.front() == '-') {
      if (takes_next_word(word)) {
        ++index; // its value, whatever it is
      }
      continue;
    }
    const auto* command = command_called(word);
    if ((first_word && command == nullptr) || (!first_word && command != nullptr)) {
      return nullptr;
    }
    if (first_word) {
      named = command;
      first_word = false;
    }
  }
  return named;
}

// "--NAME" for every long option of the `commands`.
std::vector<std::string> long_option_names(std::initializer_list<const CLI::App*> commands) {
  std::vector<std::string> names;
  for (const auto* command : commands) {
    for (const auto* option : command->get_options()) {
      for (const auto& name : option->get_lnames()) {
        names.push_back("--" + name);
      }
    }
  }
  return names;
}

// The usage error for arguments CLI11 could not place: the first one, as an unknown option
// or command with the closest valid names, rather than CLI11's list of every leftover; an
// option named after one of `command`'s formats ("--json") is told to be --format.
std::string unexpected_argument(const CLI::App& app, const Command* command) {
  const auto extras = app.remaining(true);
  if (extras.empty()) {
    return "unexpected arguments";
  }
  const auto& first = extras.front();
  const auto parsed = app.get_subcommands();
  if (first.size() > 1 && first.front() == '-') {
    const auto word = first.substr(0, first.find('='));
    if (command != nullptr && word.starts_with("--")) { // --json for --format json
      const auto formats = command->formats();
      if (std::find(formats.begin(), formats.end(), std::string_view(word).substr(2)) != formats.end()) {
        return fmt::format("unknown option '{}': write --format {}", word, word.substr(2));
      }
    }
    // Long names only, and none for a short option ("-x"): one letter is too little to suggest from.
    const auto names = word.size() > 2 ? long_option_names({&app, parsed.empty() ? &app : parsed.front()})
                                       : std::vector<std::string>();
    return util::unknown_name({.kind = "option", .word = word}, names);
  }
  if (parsed.empty()) {
    std::vector<std::string> names;
    for (const auto* subcommand : app.get_subcommands({})) {
      names.push_back(subcommand->get_name());
    }
    return util::unknown_name({.kind = "command", .word = first}, names);
  }
  return fmt::format("unexpected argument '{}' for {}", first, parsed.front()->get_name());
}

// The command whose parser took part of the command line, if any.
Command* command_parsed(const std::vector<std::pair<CLI::App*, Command*>>& parsers) {
  const auto chosen = std::find_if(parsers.begin(), parsers.end(), [](const auto& p) { return p.first->parsed(); });
  return chosen == parsers.end() ? nullptr : chosen->second;
}

} // namespace

int run(int argc, const char* const* argv, Context& context) {
  CLI::App app{"accords: a timeline of treaty events: announcements, signings, ratifications, accessions, "
               "withdrawals and more, from YAML files.",
               "accords"};
  app.footer("Data comes from every --data given, else $ACCORDS_PATH (colon-separated), else the built-in "
             "timelines.\nRun 'accords COMMAND --help' for a command's options.");
  app.formatter(std::make_shared<HelpFormatter>());
  app.require_subcommand(0, 1);
  app.fallthrough();
  GlobalOptions global;
  add_global_options(app, global);
  const auto commands = all_commands();
  // Only the command named is added when it can be told (adding every command's flags is
  // much of what a short run like `accords list` does); its parse is the same either way.
  const auto* named = named_command(argc, argv, app, commands);
  const bool only_named = named != nullptr && !named->needs_every_command();
  std::vector<std::pair<CLI::App*, Command*>> parsers;
  for (const auto& command : commands) {
    if (only_named && command.get() != named) {
      continue;
    }
    auto* parser = command->add_to(app);
    parser->group("Commands");
    const std::string own_footer = parser->get_footer();
    parser->footer((own_footer.empty() ? "" : own_footer + "\n\n") +
                   "Global options, before or after the command (see 'accords --help'):\n"
                   "  -d,--data PATH  --color WHEN  --today DATE  --no-cache  --no-pager  --version");
    parsers.emplace_back(parser, command.get());
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::ExtrasError&) {
    const auto* command = command_parsed(parsers);
    return usage_error(context, unexpected_argument(app, command), command);
  } catch (const CLI::ParseError& e) {
    return usage_error(context, e.what(), command_parsed(parsers));
  }

  try {
    if (global.version) {
      context.out << "accords " << version() << '\n';
      return static_cast<int>(ExitStatus::success);
    }
    auto* chosen = command_parsed(parsers);
    if (chosen == nullptr) {
      std::vector<std::string> names;
      for (const auto& [parser, command] : parsers) {
        names.push_back(parser->get_name());
      }
      return usage_error(context, fmt::format("a command is required: {}", fmt::join(names, ", ")), nullptr);
    }
    page_output(global, *chosen, context);
    chosen->run(global, context);
  } catch (const UsageError& e) {
    return usage_error(context, e.what(), command_parsed(parsers));
  } catch (const DataError&) {
    return static_cast<int>(ExitStatus::failure);
  } catch (const ExitWith& e) {
    return static_cast<int>(e.status());
  } catch (const RuntimeFailure& e) {
    print_error(context.err, e.what());
    return static_cast<int>(ExitStatus::failure);
  } catch (const std::exception& e) {
    print_error(context.err, std::string("internal error: ") + e.what());
    return static_cast<int>(ExitStatus::failure);
  }
  return static_cast<int>(ExitStatus::success);
}

} // namespace accords::cli
