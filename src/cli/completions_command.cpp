#include "cli/completions_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/options.hpp"
#include "cli/session.hpp"
#include "model/event_type.hpp"
#include "render/chart_layout.hpp"
#include "render/fields.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <span>

namespace accords::cli {
namespace {

constexpr const char* command_name = "completions";
constexpr const char* values_option = "--values";

render::CompletionValues words(std::vector<std::string> words) {
  return {render::CompletionSource::words, std::move(words), {}};
}
render::CompletionValues paths() { return {render::CompletionSource::paths, {}, {}}; }
render::CompletionValues data(std::string kind) { return {render::CompletionSource::data, {}, std::move(kind)}; }

std::vector<std::string> field_names() {
  std::vector<std::string> names;
  for (const auto field : render::all_fields()) {
    names.emplace_back(render::field_name(field));
  }
  return names;
}

// The words of a list of constants.
render::CompletionValues words(std::span<const std::string_view> constants) {
  return words(std::vector<std::string>(constants.begin(), constants.end()));
}

// What an option's value completes, by its long name: the vocabularies of the model and the
// renderers, the choices of --color, the `formats` of the command the option belongs to (none
// for a global option), data paths, and the values of the loaded data; else nothing (dates,
// counts, text).
render::CompletionValues option_values(const CLI::Option& option, std::span<const std::string_view> formats) {
  const auto name = option.get_lnames().empty() ? std::string() : option.get_lnames().front();
  if (name == "data") {
    return paths();
  }
  if (name == "color" || name == "hyperlinks") {
    return words(color_choices);
  }
  if (name == "format" && !formats.empty()) {
    return words(formats);
  }
  if (name == "type") {
    return words(model::event_type_names());
  }
  if (name == "status") {
    return words(model::status_names());
  }
  if (name == "by") {
    return words(render::chart_grouping_names());
  }
  if (name == "fields") {
    return {render::CompletionSource::word_list, field_names(), {}};
  }
  if (name == "country" || name == "party" || name == "mediator") {
    return data("countries");
  }
  if (name == "treaty") {
    return data("treaties");
  }
  if (name == "tag") {
    return data("tags");
  }
  return {};
}

// What a positional argument completes, by its name.
render::CompletionValues argument_values(const std::string& name) {
  if (name == "ID") {
    return data("ids");
  }
  if (name == "PATH" || name == "FILE" || name == "OLD") { // OLD: diff's, and its NEW after it
    return paths();
  }
  if (name == "KIND") {
    return words(std::vector<std::string>{"csv"});
  }
  if (name == "SHELL") {
    return words(render::completion_shells());
  }
  if (name == "COMMAND") {
    std::vector<std::string> names;
    for (const auto& command : all_commands()) {
      names.emplace_back(command->name());
    }
    return words(std::move(names));
  }
  return {};
}

// The completion description of `option`, whose command's --format accepts `formats`.
render::CompletionOption describe_option(const CLI::Option& option, std::span<const std::string_view> formats) {
  render::CompletionOption described;
  described.short_names = option.get_snames();
  described.long_names = option.get_lnames();
  described.description = option.get_description();
  described.takes_value = option.get_items_expected_max() > 0;
  described.repeatable =
      option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll || option.get_expected_max() > 1;
  described.names_data = !described.long_names.empty() && described.long_names.front() == "data";
  if (described.takes_value) {
    described.value_name = option.get_option_text();
    if (described.value_name.empty() && !described.long_names.empty()) {
      described.value_name = described.long_names.front();
      std::transform(described.value_name.begin(), described.value_name.end(), described.value_name.begin(),
                     [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    }
    described.values = option_values(option, formats);
  }
  return described;
}

bool hidden(const CLI::Option& option) { return option.get_group().empty(); }

// The completion description of `command`, whose --format accepts `formats`.
render::CompletionCommand describe_command(const CLI::App& command, std::span<const std::string_view> formats) {
  render::CompletionCommand described;
  described.name = command.get_name();
  described.description = command.get_description();
  for (const auto* option : command.get_options()) {
    if (hidden(*option)) {
      continue;
    }
    if (option->nonpositional()) {
      described.options.push_back(describe_option(*option, formats));
    } else if (!described.argument) {
      const auto name = option->get_name(true);
      described.argument = render::CompletionArgument{name, option->get_description(), option->get_expected_max() > 1,
                                                      argument_values(name)};
    } else {
      described.argument->repeatable = true; // a second positional (diff's NEW) completes as the first
    }
  }
  return described;
}

// "bash, zsh or fish".
std::string alternatives(const std::vector<std::string>& words) {
  if (words.size() < 2) {
    return util::join(words, "");
  }
  return fmt::format("{} or {}", fmt::join(words.begin(), words.end() - 1, ", "), words.back());
}

// `accords completions`.
class CompletionsCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return command_name; }
  // A script to save or source, not to read.
  [[nodiscard]] bool pages_output() const override { return false; }
  [[nodiscard]] bool needs_every_command() const override { return true; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  // Prints the values of `kind` from the data the options name; prints nothing, and nothing
  // on standard error, when the data cannot be read or is invalid: the scripts run this at
  // every completion, and diagnostics would spill over the line being typed.
  static void print_data_values(const std::string& kind, const GlobalOptions& global, Context& context);

  CLI::App* app_ = nullptr;          // the whole command line, walked when run
  std::optional<std::string> shell_; // SHELL
  std::optional<std::string> kind_;  // --values KIND (hidden)
};

CLI::App* CompletionsCommand::add_to(CLI::App& app) {
  app_ = &app;
  const auto shells = alternatives(render::completion_shells());
  auto* completions = app.add_subcommand(std::string(name()), fmt::format("Prints a completion script for {}", shells));
  completions->add_option("SHELL", shell_, fmt::format("The shell: {}", shells));
  // Hidden (an empty group): the scripts' way back into the data, not a user's command.
  completions
      ->add_option(
          values_option, kind_,
          fmt::format("Print the {} of the data, one a line, for the scripts", alternatives(data_value_kinds())))
      ->option_text("KIND")
      ->group("");
  completions->footer("Install the script where the shell looks for completions, for example:\n"
                      "  accords completions bash > ~/.local/share/bash-completion/completions/accords\n"
                      "  accords completions zsh > ~/.zfunc/_accords   (a directory in $fpath)\n"
                      "  accords completions fish > ~/.config/fish/completions/accords.fish\n"
                      "Treaty ids and aliases, country codes, event ids and tags are completed from the data\n"
                      "the command line names (--data, else $ACCORDS_PATH, else the built-in timelines).");
  return completions;
}

void CompletionsCommand::run(const GlobalOptions& global, Context& context) {
  const auto shells = render::completion_shells();
  if (kind_) {
    const auto kinds = data_value_kinds();
    if (shell_) {
      throw UsageError(fmt::format("completions takes a SHELL or {}, not both", values_option));
    }
    if (std::find(kinds.begin(), kinds.end(), *kind_) == kinds.end()) {
      const auto for_option = fmt::format(" for {}", values_option);
      throw UsageError(util::unknown_name({.kind = "kind", .word = *kind_, .context = for_option}, kinds,
                                          util::name_list("kinds", kinds)));
    }
    print_data_values(*kind_, global, context);
    return;
  }
  if (!shell_) {
    throw UsageError(fmt::format("completions needs a SHELL: {}", alternatives(shells)));
  }
  if (std::find(shells.begin(), shells.end(), *shell_) == shells.end()) {
    throw UsageError(util::unknown_name({.kind = "shell", .word = *shell_}, shells, util::name_list("shells", shells)));
  }
  const bool written = render::write_completion(context.out, *shell_, completion_spec(*app_, all_commands()));
  if (!written) { // not reached: every name of completion_shells() has a writer
    throw RuntimeFailure(fmt::format("no completion script for {}", *shell_));
  }
}

void CompletionsCommand::print_data_values(const std::string& kind, const GlobalOptions& global, Context& context) {
  std::ostream discard(nullptr); // a stream without a buffer drops what is written to it
  Context quiet{context.in,  context.out,          discard, context.out_is_terminal, false, context.terminal_width,
                context.env, context.system_today, {}};
  try {
    const auto timeline = load_timeline(global, quiet);
    for (const auto& value : data_values(timeline, kind)) {
      context.out << value << '\n';
    }
  } catch (const std::exception&) { // DataError and anything else: no values, status 0
  }
}

} // namespace

std::unique_ptr<Command> make_completions_command() { return std::make_unique<CompletionsCommand>(); }

render::CompletionSpec completion_spec(const CLI::App& app, const std::vector<std::unique_ptr<Command>>& commands) {
  render::CompletionSpec spec;
  spec.program = app.get_name();
  for (const auto* option : app.get_options()) {
    if (!hidden(*option) && option->nonpositional()) {
      spec.global_options.push_back(describe_option(*option, {}));
    }
  }
  const auto formats_of = [&](const std::string& name) {
    const auto found =
        std::find_if(commands.begin(), commands.end(), [&](const auto& command) { return command->name() == name; });
    return found == commands.end() ? std::span<const std::string_view>() : (*found)->formats();
  };
  for (const auto* command : app.get_subcommands({})) {
    if (!command->get_group().empty()) {
      spec.commands.push_back(describe_command(*command, formats_of(command->get_name())));
    }
  }
  spec.values_helper = {command_name, values_option};
  return spec;
}

std::vector<std::string> data_value_kinds() { return {"treaties", "countries", "ids", "tags"}; }

std::vector<std::string> data_values(const engine::Timeline& timeline, std::string_view kind) {
  std::vector<std::string> values;
  if (kind == "treaties") {
    for (const auto& treaty : timeline.treaties()) {
      values.push_back(treaty.id);
      values.insert(values.end(), treaty.aliases.begin(), treaty.aliases.end());
    }
  } else if (kind == "ids") {
    for (const auto& event : timeline.events()) {
      values.emplace_back(event.id);
    }
  } else if (kind == "countries" || kind == "tags") {
    std::set<std::string> sorted;
    for (const auto& event : timeline.events()) {
      if (kind == "tags") {
        sorted.insert(event.tags.begin(), event.tags.end());
      } else {
        sorted.insert(event.parties.begin(), event.parties.end());
        sorted.insert(event.mediators.begin(), event.mediators.end());
      }
    }
    values.assign(sorted.begin(), sorted.end());
  }
  std::erase_if(values, [](const std::string& value) {
    return value.empty() || value.find_first_of("\n\r") != std::string::npos;
  });
  return values;
}

} // namespace accords::cli
