// Unit tests of the completion scripts: the description walked from a CLI11 app (every
// command and option, values from the code's vocabularies, hidden ones left out), the three
// writers (every command, option and value in the script; odd values quoted), the data values
// the scripts ask for, and `accords completions` through cli::run.
#include "cli/app.hpp"
#include "cli/completions_command.hpp"
#include "cli/context.hpp"
#include "cli/flags.hpp"
#include "cli/options.hpp"
#include "model/event_type.hpp"
#include "render/completions.hpp"
#include "render/fields.hpp"
#include "temporary_directory.hpp"
#include "test_events.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {
namespace {

using render::CompletionSource;

// The formats the command called `name` declares.
std::vector<std::string> formats_of(std::string_view name) {
  for (const auto& command : all_commands()) {
    if (command->name() == name) {
      return {command->formats().begin(), command->formats().end()};
    }
  }
  throw std::runtime_error("no command " + std::string(name));
}

// A small command line shaped like accords': global options, a `list` with the filter and
// format flags, a `show` taking ids, a `check` taking paths, and hidden things.
struct SmallApp {
  CLI::App app{"Test program", "accords"};
  GlobalOptions global;
  FilterOptions filter;
  std::optional<std::string> format;
  std::optional<std::string> fields;
  std::optional<std::string> status;
  std::optional<std::string> secret;
  std::vector<std::string> ids;
  std::vector<std::string> paths;
  bool reverse = false;
  static constexpr std::array<std::string_view, 3> list_formats{"table", "tsv", "json"};
  static constexpr std::array<std::string_view, 2> show_formats{"text", "json"};

  SmallApp() {
    add_repeatable(app, "-d,--data", global.data, "Timeline file or directory", "PATH", "Global options");
    app.add_option("--color", global.color, "Colour")
        ->check(CLI::IsMember(std::vector<std::string>(color_choices.begin(), color_choices.end())))
        ->group("Global options");
    app.add_option("--today", global.today, "The day")->option_text("DATE")->group("Global options");
    app.add_option("--secret", secret, "Hidden from help and completion")->group("");
    auto* list = app.add_subcommand("list", "Events in order\nsecond line");
    add_filter_flags(*list, filter);
    add_format_flag(*list, format, list_formats, "default: table");
    list->add_option("--fields", fields, "Columns")->group("Output");
    list->add_flag("-r,--reverse", reverse, "Latest first")->group("Output");
    auto* show = app.add_subcommand("show", "Every field");
    show->add_option("ID", ids, "Event ids")->expected(1, -1);
    add_format_flag(*show, format, show_formats, "default: text");
    auto* check = app.add_subcommand("check", "Validates");
    check->add_option("PATH", paths, "Files");
    check->add_option("--status", status, "A status")->group("Filters");
    app.add_subcommand("internal", "Hidden command")->group("");
  }
};

const render::CompletionCommand& command_named(const render::CompletionSpec& spec, const std::string& name) {
  const auto found = std::find_if(spec.commands.begin(), spec.commands.end(),
                                  [&](const render::CompletionCommand& command) { return command.name == name; });
  if (found == spec.commands.end()) {
    throw std::runtime_error("no command " + name);
  }
  return *found;
}

// The option with this name (as typed) among `options`; throws when there is none.
const render::CompletionOption& option_named(const std::vector<render::CompletionOption>& options,
                                             const std::string& word) {
  for (const auto& option : options) {
    const auto words = render::option_words(option);
    if (std::find(words.begin(), words.end(), word) != words.end()) {
      return option;
    }
  }
  throw std::runtime_error("no option " + word);
}

std::vector<std::string> all_words(const std::vector<render::CompletionOption>& options) {
  std::vector<std::string> words;
  for (const auto& option : options) {
    const auto names = render::option_words(option);
    words.insert(words.end(), names.begin(), names.end());
  }
  return words;
}

std::vector<std::string> event_type_names() {
  std::vector<std::string> names;
  for (const auto type : model::all_event_types()) {
    names.emplace_back(model::event_type_name(type));
  }
  return names;
}

// ---- the description walked from the app ------------------------------------------------------

TEST(CompletionSpec, HasEveryVisibleCommandAndOptionOfTheApp) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  EXPECT_EQ(spec.program, "accords");
  EXPECT_EQ(all_words(spec.global_options),
            (std::vector<std::string>{"-h", "--help", "-d", "--data", "--color", "--today"}));
  ASSERT_EQ(spec.commands.size(), 3U); // not "internal", whose group is empty
  EXPECT_EQ(spec.commands[0].name, "list");
  EXPECT_EQ(spec.commands[1].name, "show");
  EXPECT_EQ(spec.commands[2].name, "check");
  EXPECT_EQ(spec.commands[0].description, "Events in order\nsecond line");
  EXPECT_EQ(
      all_words(command_named(spec, "list").options),
      (std::vector<std::string>{"-h", "--help", "--since", "--until", "--on", "-c", "--country", "-t", "--type", "-T",
                                "--treaty", "-g", "--grep", "--tag", "--format", "--fields", "-r", "--reverse"}));
  EXPECT_FALSE(command_named(spec, "list").argument.has_value());
  EXPECT_EQ(spec.values_helper, (std::vector<std::string>{"completions", "--values"}));
}

TEST(CompletionSpec, TellsFlagsFromOptionsWithValuesAndRepeatableOnes) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  const auto& list = command_named(spec, "list").options;
  EXPECT_FALSE(option_named(list, "-r").takes_value);
  EXPECT_FALSE(option_named(list, "--help").takes_value);
  EXPECT_TRUE(option_named(list, "--since").takes_value);
  EXPECT_FALSE(option_named(list, "--since").repeatable);
  EXPECT_TRUE(option_named(list, "-t").takes_value);
  EXPECT_TRUE(option_named(list, "-t").repeatable);
  EXPECT_EQ(option_named(list, "-t").value_name, "TYPE");
  EXPECT_EQ(option_named(list, "--fields").value_name, "FIELDS"); // no option_text: the name
  EXPECT_TRUE(option_named(spec.global_options, "--data").names_data);
  EXPECT_FALSE(option_named(spec.global_options, "--color").names_data);
  const auto& show = command_named(spec, "show");
  ASSERT_TRUE(show.argument.has_value());
  EXPECT_EQ(show.argument->name, "ID");
  EXPECT_TRUE(show.argument->repeatable);
}

TEST(CompletionSpec, TakesValueSetsFromTheCode) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  const auto& list = command_named(spec, "list").options;
  const auto& type = option_named(list, "--type").values;
  EXPECT_EQ(type.source, CompletionSource::words);
  EXPECT_EQ(type.words, event_type_names());
  EXPECT_NE(std::find(type.words.begin(), type.words.end(), "entry-into-force"), type.words.end());
  EXPECT_EQ(option_named(command_named(spec, "check").options, "--status").values.words,
            (std::vector<std::string>{"candidate", "announced", "declined", "signatory", "consented", "party",
                                      "withdrawing", "withdrawn", "suspended"}));
  const auto& fields = option_named(list, "--fields").values;
  EXPECT_EQ(fields.source, CompletionSource::word_list);
  ASSERT_EQ(fields.words.size(), render::all_fields().size());
  EXPECT_EQ(fields.words.front(), "id");
  EXPECT_EQ(fields.words.back(), "from");
  // The formats each command declares, whatever its --format's help lists.
  EXPECT_EQ(option_named(list, "--format").values.words, formats_of("list"));
  EXPECT_EQ(option_named(command_named(spec, "show").options, "--format").values.words, formats_of("show"));
  // The choices of --color.
  const auto& color = option_named(spec.global_options, "--color").values;
  EXPECT_EQ(color.source, CompletionSource::words);
  EXPECT_EQ(color.words, (std::vector<std::string>{"auto", "always", "never"}));
  // Dates and text: nothing to offer.
  EXPECT_EQ(option_named(list, "--since").values.source, CompletionSource::none);
  EXPECT_EQ(option_named(list, "--grep").values.source, CompletionSource::none);
  EXPECT_EQ(option_named(spec.global_options, "--today").values.source, CompletionSource::none);
}

TEST(CompletionSpec, AsksTheDataForTreatiesCountriesTagsAndIdsAndTheFileSystemForPaths) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  const auto& list = command_named(spec, "list").options;
  const auto data_kind = [&](const std::string& word) {
    const auto& values = option_named(list, word).values;
    EXPECT_EQ(values.source, CompletionSource::data) << word;
    return values.data_kind;
  };
  EXPECT_EQ(data_kind("-T"), "treaties");
  EXPECT_EQ(data_kind("--treaty"), "treaties");
  EXPECT_EQ(data_kind("-c"), "countries");
  EXPECT_EQ(data_kind("--tag"), "tags");
  EXPECT_EQ(command_named(spec, "show").argument->values.source, CompletionSource::data);
  EXPECT_EQ(command_named(spec, "show").argument->values.data_kind, "ids");
  EXPECT_EQ(command_named(spec, "check").argument->values.source, CompletionSource::paths);
  EXPECT_EQ(option_named(spec.global_options, "-d").values.source, CompletionSource::paths);
  for (const auto& command : spec.commands) {
    for (const auto& option : command.options) {
      if (option.values.source == CompletionSource::data) {
        const auto kinds = data_value_kinds();
        EXPECT_NE(std::find(kinds.begin(), kinds.end(), option.values.data_kind), kinds.end());
      }
    }
  }
}

TEST(CompletionSpec, OffersNoFormatsForACommandThatDeclaresNone) {
  CLI::App app{"x", "prog"};
  std::optional<std::string> format;
  constexpr std::array<std::string_view, 2> listed{"text", "json"};
  add_format_flag(*app.add_subcommand("run", "Runs"), format, listed, "default: text");              // not a command
  add_format_flag(*app.add_subcommand("completions", "Completes"), format, listed, "default: text"); // has none
  const auto spec = completion_spec(app, all_commands());
  EXPECT_EQ(option_named(spec.commands.at(0).options, "--format").values.source, CompletionSource::none);
  EXPECT_EQ(option_named(spec.commands.at(1).options, "--format").values.source, CompletionSource::none);
}

// ---- the scripts ----------------------------------------------------------------------------

std::string script_for(const std::string& shell, const render::CompletionSpec& spec) {
  std::ostringstream out;
  EXPECT_TRUE(render::write_completion(out, shell, spec)) << shell;
  return out.str();
}

// True when `text` occurs in `script` not inside a longer option or word ("-t" is not found
// in "--type" or "-tx").
bool has_word(const std::string& script, const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) {
      escaped += '\\';
    }
    escaped += c;
  }
  return std::regex_search(script, std::regex("(^|[^A-Za-z0-9_-])" + escaped + "([^A-Za-z0-9_-]|$)"));
}

// How each shell's script names an option: "-t"/"--type" in bash, "-t+[" / "--type=[" in
// zsh (a flag: "-r["), "-s t" / "-l type" in fish.
std::vector<std::string> option_forms(const std::string& shell, const render::CompletionOption& option) {
  std::vector<std::string> forms;
  for (const auto& name : option.short_names) {
    forms.push_back(shell == "fish"  ? "-s " + name
                    : shell == "zsh" ? "-" + name + (option.takes_value ? "+[" : "[")
                                     : "-" + name);
  }
  for (const auto& name : option.long_names) {
    forms.push_back(shell == "fish"  ? "-l " + name
                    : shell == "zsh" ? "--" + name + (option.takes_value ? "=[" : "[")
                                     : "--" + name);
  }
  return forms;
}

TEST(CompletionScripts, NameEveryCommandOptionAndValue) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  for (const auto& shell : render::completion_shells()) {
    const auto script = script_for(shell, spec);
    for (const auto& command : spec.commands) {
      EXPECT_TRUE(has_word(script, command.name)) << shell << ": " << command.name;
      for (const auto& option : render::options_of(spec, command)) {
        for (const auto& form : option_forms(shell, option)) {
          const bool found = shell == "zsh" ? script.find(form) != std::string::npos : has_word(script, form);
          EXPECT_TRUE(found) << shell << ": " << command.name << " " << form;
        }
        for (const auto& word : option.values.words) {
          // zsh escapes every character but letters and digits in a list of values
          const auto written = shell == "zsh" ? std::regex_replace(word, std::regex("-"), "\\-") : word;
          EXPECT_TRUE(script.find(written) != std::string::npos) << shell << ": " << word;
        }
      }
    }
    for (const auto& option : spec.global_options) {
      for (const auto& form : option_forms(shell, option)) {
        EXPECT_NE(script.find(form), std::string::npos) << shell << ": " << form;
      }
    }
    EXPECT_EQ(script.find("internal"), std::string::npos) << shell;
    EXPECT_EQ(script.find("secret"), std::string::npos) << shell;
    EXPECT_NE(script.find("completions --values"), std::string::npos) << shell;
    for (const std::string kind : {"treaties", "countries", "tags", "ids"}) {
      EXPECT_TRUE(has_word(script, kind)) << shell << ": " << kind;
    }
  }
}

TEST(CompletionScripts, RegisterTheFunctionForTheProgram) {
  SmallApp small;
  const auto spec = completion_spec(small.app, all_commands());
  EXPECT_NE(script_for("bash", spec).find("\ncomplete -F _accords accords\n"), std::string::npos);
  const auto zsh = script_for("zsh", spec);
  EXPECT_EQ(zsh.rfind("#compdef accords\n", 0), 0U);
  EXPECT_NE(zsh.find("\n_accords() {\n"), std::string::npos);
  EXPECT_NE(zsh.find("compdef _accords accords"), std::string::npos);
  EXPECT_NE(script_for("fish", spec).find("\ncomplete -c accords -f\n"), std::string::npos);
}

TEST(CompletionScripts, OnlyTheThreeShells) {
  EXPECT_EQ(render::completion_shells(), (std::vector<std::string>{"bash", "zsh", "fish"}));
  std::ostringstream out;
  EXPECT_FALSE(render::write_completion(out, "tcsh", {}));
  EXPECT_EQ(out.str(), "");
}

// A spec with values no real option has: quotes, spaces, dollars, brackets and colons.
render::CompletionSpec odd_spec() {
  render::CompletionSpec spec;
  spec.program = "my-tool";
  spec.values_helper = {"completions", "--values"};
  render::CompletionOption option;
  option.long_names = {"mode"};
  option.takes_value = true;
  option.value_name = "MODE";
  option.description = "Mode [fast]: it's \"quick\"\nand a second line";
  option.values = {CompletionSource::words, {"it's", "a b", "$HOME", "x]:y"}, {}};
  spec.commands.push_back({"run", "Runs: it's fast", {option}, std::nullopt});
  return spec;
}

TEST(CompletionScripts, QuoteOddValuesForBash) {
  const auto script = script_for("bash", odd_spec());
  EXPECT_NE(script.find(R"(_my_tool_add "$3" "$4" 'it'\''s' 'a b' '$HOME' 'x]:y' ;;)"), std::string::npos) << script;
  EXPECT_NE(script.find("'run --mode')"), std::string::npos);
  EXPECT_NE(script.find("complete -F _my_tool my-tool\n"), std::string::npos);
}

TEST(CompletionScripts, QuoteOddValuesForZsh) {
  const auto script = script_for("zsh", odd_spec());
  // In the spec: the description's brackets and colons escaped, on one line; the values
  // escaped for _arguments' eval; the whole in single quotes.
  EXPECT_NE(script.find(R"('--mode=[Mode \[fast\]\: it'\''s "quick" and a second line]:MODE:)"
                        R"((it\'\''s a\ b \$HOME x\]\:y)')"),
            std::string::npos)
      << script;
  EXPECT_NE(script.find(R"('run:Runs: it'\''s fast')"), std::string::npos);
  EXPECT_NE(script.find("\n_my_tool() {\n"), std::string::npos);
}

TEST(CompletionScripts, QuoteOddValuesForFish) {
  const auto script = script_for("fish", odd_spec());
  // The -a text is expanded by fish: each value quoted, then the whole.
  EXPECT_NE(script.find(
                R"(complete -c my-tool -n '__my_tool_using run' -l mode -x -a '\'it\\\'s\' \'a b\' \'$HOME\' \'x]:y\'')"
                "\n"),
            std::string::npos)
      << script;
  EXPECT_NE(script.find(R"( -l mode -x -d 'Mode [fast]: it\'s "quick" and a second line')"), std::string::npos);
}

// ---- the data values --------------------------------------------------------------------

TEST(CompletionDataValues, ListTreatiesWithAliasesCountriesIdsAndTags) {
  using model::EventType;
  testing::EventExtras mediated;
  mediated.mediators = {"US", "NO"};
  auto signed_event = testing::make_event("b-2021", "2021", EventType::signing, {"IS", "NO"}, mediated);
  signed_event.tags = testing::kept_list({"quota", "founding"});
  auto announced = testing::make_event("a-2020", "2020-03", EventType::announcement, {"FO"});
  announced.tags = testing::kept_list({"founding", "line\nbreak"});
  engine::Timeline timeline(
      {testing::make_treaty("compact", "Compact", {"nfc", "north fish"}), testing::make_treaty("other", "Other")},
      {signed_event, announced}, {});
  EXPECT_EQ(data_values(timeline, "treaties"), (std::vector<std::string>{"compact", "nfc", "north fish", "other"}));
  EXPECT_EQ(data_values(timeline, "countries"), (std::vector<std::string>{"FO", "IS", "NO", "US"}));
  EXPECT_EQ(data_values(timeline, "ids"), (std::vector<std::string>{"a-2020", "b-2021"})); // timeline order
  EXPECT_EQ(data_values(timeline, "tags"), (std::vector<std::string>{"founding", "quota"}));
  EXPECT_TRUE(data_values(timeline, "colours").empty());
}

// ---- `accords completions` ------------------------------------------------------------------

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

Result run_accords(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  Context context{in,
                  out,
                  err,
                  false,
                  false,
                  0,
                  [](const char*) { return std::optional<std::string>(); },
                  [] { return date::year_month_day{date::year{2026} / 11 / 26}; },
                  {}};
  args.insert(args.begin(), "accords");
  std::vector<const char*> argv;
  argv.reserve(args.size());
  for (const auto& arg : args) {
    argv.push_back(arg.c_str());
  }
  const int status = run(static_cast<int>(argv.size()), argv.data(), context);
  return {status, out.str(), err.str()};
}

constexpr const char* help_hint = "Try 'accords completions --help' for more information.\n";

TEST(CompletionsCommand, PrintsTheScriptOfTheWholeCommandLine) {
  const auto result = run_accords({"completions", "bash"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.err, "");
  for (const std::string command : {"list", "show", "members", "treaties", "report", "chart", "check", "completions"}) {
    EXPECT_TRUE(has_word(result.out, command)) << command;
  }
  EXPECT_NE(result.out.find("'list --format') _accords_add \"$3\" \"$4\" table tsv csv json ndjson markdown ics "
                            "timelinejs ;;"),
            std::string::npos);
  EXPECT_EQ(result.out.find("--values)"), std::string::npos); // hidden: not completed
}

TEST(CompletionsCommand, UnknownShellIsAUsageErrorWithASuggestion) {
  const auto result = run_accords({"completions", "zhs"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, std::string("accords: error: unknown shell 'zhs' (did you mean 'zsh'?)\n") + help_hint);
  const auto far = run_accords({"completions", "powershell"});
  EXPECT_EQ(far.status, 2);
  EXPECT_EQ(far.err, std::string("accords: error: unknown shell 'powershell' (shells: bash, zsh, fish)\n") + help_hint);
  const auto none = run_accords({"completions"});
  EXPECT_EQ(none.status, 2);
  EXPECT_EQ(none.err, std::string("accords: error: completions needs a SHELL: bash, zsh or fish\n") + help_hint);
}

TEST(CompletionsCommand, ValuesComeFromTheDataGiven) {
  const std::string timeline = "schema: 1\n"
                               "treaty:\n  id: test-pact\n  name: Test Pact\n  aliases: [tp]\n"
                               "events:\n"
                               "  - id: tp-2020-signed\n    date: 2020-01-15\n    type: signing\n"
                               "    parties: [NO, IS]\n    title: Signed\n    tags: [quota]\n";
  EXPECT_EQ(run_accords({"--data", "-", "completions", "--values", "treaties"}, timeline).out, "test-pact\ntp\n");
  EXPECT_EQ(run_accords({"completions", "--values", "countries", "-d", "-"}, timeline).out, "IS\nNO\n");
  EXPECT_EQ(run_accords({"-d", "-", "completions", "--values", "ids"}, timeline).out, "tp-2020-signed\n");
  EXPECT_EQ(run_accords({"-d", "-", "completions", "--values", "tags"}, timeline).out, "quota\n");
}

TEST(CompletionsCommand, ValuesOfInvalidDataAreNoneAndQuiet) {
  for (const std::string input : {"schema: 1\nevents: [", "schema: 1\ntreaty: {id: x}\n"}) {
    const auto result = run_accords({"--data", "-", "completions", "--values", "treaties"}, input);
    EXPECT_EQ(result.status, 0) << input;
    EXPECT_EQ(result.out, "") << input;
    EXPECT_EQ(result.err, "") << input;
  }
  const auto missing = run_accords({"--data", "/nonexistent/accords", "completions", "--values", "ids"});
  EXPECT_EQ(missing.status, 0);
  EXPECT_EQ(missing.out, "");
  EXPECT_EQ(missing.err, "");
}

TEST(CompletionsCommand, UnknownValueKindIsAUsageError) {
  const auto result = run_accords({"completions", "--values", "treaty"});
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err,
            std::string("accords: error: unknown kind 'treaty' for --values (did you mean 'treaties'?)\n") + help_hint);
}

// ---- the formats each command declares and the choices of --color ---------------------------

const std::string one_event_timeline = "schema: 1\n"
                                       "treaty:\n  id: test-pact\n  name: Test Pact\n"
                                       "events:\n"
                                       "  - id: tp-2020-signed\n    date: 2020-01-15\n    type: signing\n"
                                       "    parties: [NO, IS]\n    title: Signed\n";

// one_event_timeline in a file of this process's own, written once and removed at exit.
std::string one_event_file() {
  static const accords::testing::TemporaryDirectory directory;
  static const std::string path = [] {
    const auto file = directory / "one-event.yaml";
    std::ofstream(file) << one_event_timeline;
    return file.string();
  }();
  return path;
}

// Whether `command --format FORMAT` runs on one_event_timeline; when it does not, expects the
// usage error of a format it does not know (or of --format itself, for a command without one).
// diff compares it from standard input with the same text in a file: the same, status 0.
bool accepts_format(const Command& command, const std::string& format) {
  std::vector<std::string> args{"--data", "-", std::string(command.name())};
  if (command.name() == "diff") {
    args = {"diff", "-", one_event_file()};
  } else if (command.name() == "show") {
    args.emplace_back("tp-2020-signed");
  } else if (command.name() == "completions") {
    args.emplace_back("bash");
  } else if (command.name() == "add") {
    args.emplace_back("new.yaml");
  } else if (command.name() == "import") {
    args.insert(args.end(), {"csv", "-"});
  }
  args.insert(args.end(), {"--format", format});
  const auto result = run_accords(args, one_event_timeline);
  if (result.status == 0) {
    return true;
  }
  EXPECT_EQ(result.status, 2) << result.err;
  const bool about_format =
      result.err.find("unknown format '" + format + "' for " + std::string(command.name())) != std::string::npos ||
      result.err.find("unknown option '--format'") != std::string::npos;
  EXPECT_TRUE(about_format) << result.err;
  return false;
}

TEST(CommandFormats, EachCommandAcceptsTheFormatsItDeclaresAndNoOther) {
  const auto commands = all_commands();
  std::set<std::string> every_format{"no-such-format"};
  for (const auto& command : commands) {
    every_format.insert(command->formats().begin(), command->formats().end());
  }
  for (const auto& command : commands) {
    const auto declared = formats_of(command->name());
    for (const auto& format : every_format) {
      const bool is_declared = std::find(declared.begin(), declared.end(), format) != declared.end();
      EXPECT_EQ(accepts_format(*command, format), is_declared) << command->name() << " --format " << format;
    }
  }
}

TEST(CommandFormats, HelpAndCompletionOfferTheFormatsEachCommandAccepts) {
  CLI::App app{"accords", "accords"};
  const auto commands = all_commands();
  for (const auto& command : commands) {
    command->add_to(app);
  }
  const auto spec = completion_spec(app, commands);
  for (const auto& command : commands) {
    const std::string name(command->name());
    const auto* format_option = app.get_subcommand(name)->get_option_no_throw("--format");
    if (command->formats().empty()) {
      EXPECT_EQ(format_option, nullptr) << name;
      continue;
    }
    ASSERT_NE(format_option, nullptr) << name;
    const auto offered = option_named(command_named(spec, name).options, "--format").values.words;
    EXPECT_EQ(offered, formats_of(name));
    for (const auto& format : offered) {
      EXPECT_TRUE(accepts_format(*command, format)) << name << " --format " << format;
    }
    EXPECT_EQ(format_option->get_description().rfind(util::join(offered, ", ") + " (", 0), 0U)
        << name << ": " << format_option->get_description();
  }
}

TEST(ColorChoices, CompletionOffersWhatColorAccepts) {
  const std::vector<std::string> choices(color_choices.begin(), color_choices.end());
  const auto script = run_accords({"completions", "bash"}).out;
  EXPECT_NE(script.find("*' --color') _accords_add \"$3\" \"$4\" " + util::join(choices, " ") + " ;;"),
            std::string::npos);
  for (const auto& choice : choices) {
    EXPECT_EQ(run_accords({"--color", choice, "--data", "-", "treaties"}, one_event_timeline).status, 0) << choice;
  }
  const auto refused = run_accords({"--color", "sometimes", "--data", "-", "treaties"}, one_event_timeline);
  EXPECT_EQ(refused.status, 2);
  EXPECT_EQ(refused.err, "accords: error: --color: sometimes not in {" + util::join(choices, ",") +
                             "}\nTry 'accords treaties --help' for more information.\n");
}

TEST(CompletionsCommand, TheValuesOptionIsHiddenFromHelp) {
  const auto result = run_accords({"completions", "--help"});
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("SHELL"), std::string::npos);
  EXPECT_EQ(result.out.find("--values"), std::string::npos);
}

} // namespace
} // namespace accords::cli

namespace accords::render {
namespace {

TEST(ShellQuote, SafeWordsStayAsTheyAre) {
  EXPECT_EQ(shell_quote("abc-1", "abc-1", QuoteStyle::posix), "abc-1");
  EXPECT_EQ(shell_quote("", "abc", QuoteStyle::posix), "''");
}

TEST(ShellQuote, PosixClosesTheQuotesAroundAQuote) {
  EXPECT_EQ(shell_quote("it's a\\b", "a", QuoteStyle::posix), "'it'\\''s a\\b'");
}

TEST(ShellQuote, FishEscapesBackslashAndQuote) {
  EXPECT_EQ(shell_quote("it's a\\b", "a", QuoteStyle::fish), "'it\\'s a\\\\b'");
}

} // namespace
} // namespace accords::render
