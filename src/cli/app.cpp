#include "cli/app.hpp"

#include "cli/exit_status.hpp"
#include "cli/list_command.hpp"
#include "cli/options.hpp"
#include "cli/version.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>

namespace accords::cli {
namespace {

constexpr const char* help_hint = "Try 'accords --help' for more information.";

int usage_error(Context& context, std::string_view message) {
  context.err << "accords: error: " << message << '\n' << help_hint << '\n';
  return static_cast<int>(ExitStatus::usage_error);
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("-d,--data", options.data, "Timeline file or directory; repeatable; '-' is standard input")
      ->option_text("PATH")
      ->expected(1)
      ->take_all()
      ->group("Global options");
  app.add_option("--color", options.color, "Colour: auto, always or never")
      ->option_text("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->group("Global options");
  app.add_option("--today", options.today, "The day 'today' and relative dates count from (also ACCORDS_TODAY)")
      ->option_text("DATE")
      ->group("Global options");
  app.add_flag("--version", options.version, "Print the version and exit")->group("Global options");
}

} // namespace

int run(int argc, const char* const* argv, Context& context) {
  CLI::App app{"accords: a timeline of treaty events: announcements, signings, ratifications, accessions, "
               "withdrawals and more, from YAML files.",
               "accords"};
  app.footer("Data comes from every --data given, else $ACCORDS_PATH (colon-separated), else the built-in "
             "timelines.\nRun 'accords COMMAND --help' for a command's options; 'man accords' for the manual.");
  app.require_subcommand(0, 1);
  app.fallthrough();
  GlobalOptions global;
  add_global_options(app, global);
  ListOptions list_options;
  auto* list = add_list_command(app, list_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::ParseError& e) {
    return usage_error(context, e.what());
  }

  try {
    if (global.version) {
      context.out << "accords " << version() << '\n';
    } else if (list->parsed()) {
      run_list(list_options, global, context);
    } else {
      return usage_error(context, "a command is required: list");
    }
  } catch (const UsageError& e) {
    return usage_error(context, e.what());
  } catch (const DataError&) {
    return static_cast<int>(ExitStatus::failure);
  } catch (const RuntimeFailure& e) {
    context.err << "accords: error: " << e.what() << '\n';
    return static_cast<int>(ExitStatus::failure);
  } catch (const std::exception& e) {
    context.err << "accords: error: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitStatus::failure);
  }
  return static_cast<int>(ExitStatus::success);
}

} // namespace accords::cli
