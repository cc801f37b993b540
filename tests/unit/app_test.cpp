// Unit tests of the command-line layer: accords::cli::run with made-up streams, environment,
// terminal and clock (cli.md: colour, the day `today` means, the default format, fitting the
// table to the terminal, exit statuses).
#include "cli/app.hpp"
#include "cli/context.hpp"
#include "cli/exit_status.hpp"
#include "cli/options.hpp"
#include "cli/session.hpp"
#include "temporary_directory.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace accords::cli {
namespace {

// The timeline every run reads from standard input (--data -).
constexpr const char* test_timeline = R"(schema: 1
treaty:
  id: test-pact
  name: Test Pact
  aliases: [tp]
events:
  - id: tp-2020-01-15-signed
    date: 2020-01-15
    type: signing
    parties: [NO, IS]
    title: Test Pact signed in Tromsø after a long night of talks about quotas and harbours
    place: Tromsø, Norway
  - id: tp-2021-11-26-summit
    date: 2021-11-26
    type: summit
    parties: [NO, IS, FO]
    title: Summit on Åland
  - id: tp-2026-11-26-ratified
    date: 2026-11-26
    type: ratification
    parties: [FO]
    title: Faroe Islands ratify
)";

constexpr const char* help_hint = "Try 'accords --help' for more information.\n";

// The hint after a usage error about `command`.
std::string help_hint_of(std::string_view command) {
  return fmt::format("Try 'accords {} --help' for more information.\n", command);
}

// What the program sees besides its arguments.
struct World {
  std::map<std::string, std::string> env; // the environment; absent names are unset
  bool out_is_terminal = false;
  std::size_t terminal_width = 0;
  date::year_month_day system_today = date::year{2026} / 11 / 26;
  std::string input = test_timeline;
  mutable int clock_reads = 0;             // how many times the program asked the clock
  mutable std::vector<std::string> pagers; // the pager commands the program started
};

// What one run produced.
struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

std::function<std::optional<std::string>(const char*)> env_of(const World& world) {
  return [&world](const char* name) -> std::optional<std::string> {
    const auto found = world.env.find(name);
    return found != world.env.end() ? std::optional<std::string>(found->second) : std::nullopt;
  };
}

// Starting a pager in the world: recorded, and standard output stays where it is.
std::function<bool(const std::string&)> pager_of(const World& world) {
  return [&world](const std::string& command) {
    world.pagers.push_back(command);
    return true;
  };
}

// The world's clock, which counts how many times it is read.
std::function<date::year_month_day()> clock_of(const World& world) {
  return [&world] {
    ++world.clock_reads;
    return world.system_today;
  };
}

Result run_accords(std::vector<std::string> args, const World& world = {}) {
  std::istringstream in(world.input);
  std::ostringstream out;
  std::ostringstream err;
  Context context{in,
                  out,
                  err,
                  world.out_is_terminal,
                  false,
                  world.terminal_width,
                  env_of(world),
                  clock_of(world),
                  pager_of(world)};
  args.insert(args.begin(), "accords");
  std::vector<const char*> argv;
  for (const auto& arg : args) {
    argv.push_back(arg.c_str());
  }
  const int status = run(static_cast<int>(argv.size()), argv.data(), context);
  return {status, out.str(), err.str()};
}

// The lines of a text, without their line ends.
std::vector<std::string> lines_of(const std::string& text) {
  auto lines = util::split(text, '\n');
  if (!lines.empty() && lines.back().empty()) {
    lines.pop_back();
  }
  return lines;
}

bool has_escape(const std::string& text) { return text.find('\x1b') != std::string::npos; }

// ---- colour ---------------------------------------------------------------------------------

// cli.md: `auto` colours only when standard output is a terminal, NO_COLOR is unset or empty
// and TERM is not `dumb`; CLICOLOR_FORCE set non-empty forces it; `always` and `never` are
// what they say.
bool colour_by_contract(const std::optional<std::string>& flag, const std::optional<std::string>& no_color,
                        const std::optional<std::string>& force, const std::optional<std::string>& term,
                        bool terminal) {
  const auto when = flag.value_or("auto");
  if (when == "always") {
    return true;
  }
  if (when == "never") {
    return false;
  }
  if (force && !force->empty()) {
    return true;
  }
  return terminal && (!no_color || no_color->empty()) && term != "dumb";
}

// The pager commands started by `args` in `world`.
std::vector<std::string> pagers_of(std::vector<std::string> args, World world) {
  run_accords(std::move(args), world);
  return world.pagers;
}

World terminal_with(std::map<std::string, std::string> env) {
  World world;
  world.out_is_terminal = true;
  world.terminal_width = 100;
  world.env = std::move(env);
  return world;
}

using Commands = std::vector<std::string>;

TEST(AppPager, AccordsPagerThenPager) {
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"ACCORDS_PAGER", "most"}, {"PAGER", "more"}})), Commands{"most"});
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"PAGER", "more -s"}})), Commands{"more -s"});
  EXPECT_EQ(pagers_of({"members"}, terminal_with({{"PAGER", "more"}})), Commands{"more"});
  EXPECT_EQ(pagers_of({"report"}, terminal_with({{"PAGER", "more"}})), Commands{"more"});
  EXPECT_EQ(pagers_of({"list", "--format", "json"}, terminal_with({{"PAGER", "more"}})), Commands{"more"});
}

TEST(AppPager, EmptyOrCatMeansNone) {
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"ACCORDS_PAGER", ""}, {"PAGER", "more"}})), Commands{});
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"ACCORDS_PAGER", "cat"}})), Commands{});
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"PAGER", ""}})), Commands{});
}

TEST(AppPager, LessWhenOnThePath) {
  const accords::testing::TemporaryDirectory temporary;
  const auto& directory = temporary.path();
  const auto less = directory / "less";
  std::ofstream(less) << "#!/bin/sh\n";
  std::filesystem::permissions(less, std::filesystem::perms::owner_all);
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"PATH", directory.string()}})), Commands{"less -FRX"});
  EXPECT_EQ(pagers_of({"list"}, terminal_with({{"PATH", "/nonexistent"}})), Commands{}) << "no less: no pager";
}

TEST(AppPager, NotWithNoPagerNorIntoAPipeNorForScriptsAndProblems) {
  const std::map<std::string, std::string> env{{"PAGER", "more"}};
  EXPECT_EQ(pagers_of({"--no-pager", "list"}, terminal_with(env)), Commands{});
  EXPECT_EQ(pagers_of({"list", "--no-pager"}, terminal_with(env)), Commands{});
  World pipe;
  pipe.env = env;
  EXPECT_EQ(pagers_of({"list"}, pipe), Commands{});
  EXPECT_EQ(pagers_of({"completions", "bash"}, terminal_with(env)), Commands{});
  EXPECT_EQ(pagers_of({"check"}, terminal_with(env)), Commands{});
  EXPECT_EQ(pagers_of({"list", "--since", "nonsense"}, terminal_with(env)), Commands{"more"})
      << "started before the command runs, as git does; less -F shows nothing for nothing";
  EXPECT_EQ(pagers_of({"lsit"}, terminal_with(env)), Commands{}) << "a usage error of the command line";
}

TEST(AppColour, EveryCombinationOfFlagEnvironmentAndTerminal) {
  const std::array<std::optional<std::string>, 4> flags{std::nullopt, "auto", "always", "never"};
  const std::array<std::optional<std::string>, 3> no_colors{std::nullopt, "", "1"};
  const std::array<std::optional<std::string>, 3> forces{std::nullopt, "", "1"};
  const std::array<std::optional<std::string>, 3> terms{std::nullopt, "xterm-256color", "dumb"};
  int combinations = 0;
  for (const auto& flag : flags) {
    for (const auto& no_color : no_colors) {
      for (const auto& force : forces) {
        for (const auto& term : terms) {
          for (const bool terminal : {false, true}) {
            World world;
            world.out_is_terminal = terminal;
            if (no_color) {
              world.env["NO_COLOR"] = *no_color;
            }
            if (force) {
              world.env["CLICOLOR_FORCE"] = *force;
            }
            if (term) {
              world.env["TERM"] = *term;
            }
            const bool expected = colour_by_contract(flag, no_color, force, term, terminal);
            SCOPED_TRACE(::testing::Message()
                         << "--color " << flag.value_or("(none)") << ", NO_COLOR " << no_color.value_or("(unset)")
                         << ", CLICOLOR_FORCE " << force.value_or("(unset)") << ", TERM " << term.value_or("(unset)")
                         << ", terminal " << terminal);

            GlobalOptions options;
            options.color = flag.value_or("auto");
            std::istringstream in;
            std::ostringstream out;
            std::ostringstream err;
            const Context context{in, out, err, terminal, false, 0, env_of(world), clock_of(world), {}};
            EXPECT_EQ(use_color(options, context), expected);

            std::vector<std::string> args;
            if (flag) {
              args = {"--color", *flag};
            }
            args.insert(args.end(), {"list", "--data", "-", "--format", "table"});
            const auto result = run_accords(args, world);
            EXPECT_EQ(result.status, 0) << result.err;
            EXPECT_EQ(has_escape(result.out), expected) << result.out;
            ++combinations;
          }
        }
      }
    }
  }
  EXPECT_EQ(combinations, 216);
}

TEST(AppColour, ColouredTableStylesTheHeaderAndTheType) {
  const auto result = run_accords({"list", "--data", "-", "--format", "table", "--color", "always"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 4U);
  EXPECT_NE(lines[0].find("\x1b[1mdate\x1b[0m"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("signing\x1b[0m"), std::string::npos) << lines[1];
}

TEST(AppColour, ScriptFormatsAreNeverColoured) {
  World world;
  world.out_is_terminal = true;
  world.env["CLICOLOR_FORCE"] = "1";
  for (const std::string format : {"tsv", "csv", "json", "ndjson", "markdown"}) {
    const auto result = run_accords({"--color", "always", "list", "--data", "-", "--format", format}, world);
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_FALSE(has_escape(result.out)) << format << ":\n" << result.out;
  }
}

// ---- the day `today` means --------------------------------------------------------------------

// The ids `list --on today` prints, given the arguments before `list`.
std::string ids_on_today(const std::vector<std::string>& global, const World& world) {
  auto args = global;
  args.insert(args.end(), {"list", "--data", "-", "--on", "today", "--fields", "id"});
  const auto result = run_accords(args, world);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  return result.out;
}

TEST(AppToday, FlagBeatsEnvironmentBeatsClock) {
  World world;
  world.system_today = date::year{2026} / 11 / 26;
  EXPECT_EQ(ids_on_today({}, world), "tp-2026-11-26-ratified\n");
  world.env["ACCORDS_TODAY"] = "2020-01-15";
  EXPECT_EQ(ids_on_today({}, world), "tp-2020-01-15-signed\n");
  EXPECT_EQ(ids_on_today({"--today", "2021-11-26"}, world), "tp-2021-11-26-summit\n");
}

TEST(AppToday, FlagAfterTheCommand) {
  World world;
  world.env["ACCORDS_TODAY"] = "2020-01-15";
  const auto result =
      run_accords({"list", "--data", "-", "--on", "today", "--fields", "id", "--today", "2021-11-26"}, world);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "tp-2021-11-26-summit\n");
}

TEST(AppToday, EmptyEnvironmentValueMeansTheClock) {
  World world;
  world.env["ACCORDS_TODAY"] = "";
  world.system_today = date::year{2021} / 11 / 26;
  EXPECT_EQ(ids_on_today({}, world), "tp-2021-11-26-summit\n");
}

TEST(AppToday, TheClockIsReadOnlyWhenNothingElseSaysWhatDayItIs) {
  World world;
  world.env["ACCORDS_TODAY"] = "2020-01-15";
  EXPECT_EQ(ids_on_today({}, world), "tp-2020-01-15-signed\n");
  EXPECT_EQ(world.clock_reads, 0);
  world.env.clear();
  EXPECT_EQ(ids_on_today({"--today", "2020-01-15"}, world), "tp-2020-01-15-signed\n");
  EXPECT_EQ(world.clock_reads, 0);
  EXPECT_EQ(ids_on_today({}, world), "tp-2026-11-26-ratified\n");
  EXPECT_EQ(world.clock_reads, 1);
}

TEST(AppToday, FlagBeatsABadEnvironmentValue) {
  World world;
  world.env["ACCORDS_TODAY"] = "not a day";
  EXPECT_EQ(ids_on_today({"--today", "2020-01-15"}, world), "tp-2020-01-15-signed\n");
}

TEST(AppToday, RelativeDatesCountFromIt) {
  World world;
  world.env["ACCORDS_TODAY"] = "2026-12-01";
  // 5 days before 2026-12-01 is 2026-11-26; 5 years before 2026-11-26 is 2021-11-26.
  auto result = run_accords({"list", "--data", "-", "--since", "5d", "--fields", "id"}, world);
  EXPECT_EQ(result.out, "tp-2026-11-26-ratified\n");
  result = run_accords(
      {"--today", "2026-11-26", "list", "--data", "-", "--since", "5y", "--until", "4y", "--fields", "id"}, world);
  EXPECT_EQ(result.out, "tp-2021-11-26-summit\n") << result.err;
}

TEST(AppToday, BadValuesAreUsageErrorsWithTheExactMessage) {
  struct Case {
    std::optional<std::string> flag;
    std::optional<std::string> env;
    std::string message;
  };
  const std::vector<Case> cases{
      {"2026-11", std::nullopt, "invalid --today '2026-11': expected a day, YYYY-MM-DD"},
      {"2026", std::nullopt, "invalid --today '2026': expected a day, YYYY-MM-DD"},
      {"x", std::nullopt, "invalid --today 'x': expected a day, YYYY-MM-DD"},
      {"", std::nullopt, "invalid --today '': expected a day, YYYY-MM-DD"},
      {"2021-02-29", std::nullopt, "invalid --today '2021-02-29': 2021-02 has no day 29"},
      {"2026-11-26x", std::nullopt, "invalid --today '2026-11-26x': expected a day, YYYY-MM-DD"},
      {std::nullopt, "26/11/2026", "invalid ACCORDS_TODAY '26/11/2026': expected a day, YYYY-MM-DD"},
      {std::nullopt, "2026-13-01", "invalid ACCORDS_TODAY '2026-13-01': month 13 does not exist"},
      {std::nullopt, "2026-11", "invalid ACCORDS_TODAY '2026-11': expected a day, YYYY-MM-DD"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.message);
    World world;
    if (c.env) {
      world.env["ACCORDS_TODAY"] = *c.env;
    }
    std::vector<std::string> args;
    if (c.flag) {
      args = {"--today", *c.flag};
    }
    args.insert(args.end(), {"list", "--data", "-"});
    const auto result = run_accords(args, world);
    EXPECT_EQ(result.status, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, "accords: error: " + c.message + "\n" + help_hint_of("list"));

    GlobalOptions options;
    options.today = c.flag;
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    const Context context{in, out, err, false, false, 0, env_of(world), clock_of(world), {}};
    try {
      (void)resolve_today(options, context);
      ADD_FAILURE() << "resolve_today accepted the value";
    } catch (const UsageError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

TEST(AppToday, VersionDoesNotNeedIt) {
  World world;
  world.env["ACCORDS_TODAY"] = "bad";
  const auto result = run_accords({"--version"}, world);
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.err, "");
}

// ---- default format -----------------------------------------------------------------------

TEST(AppFormat, DefaultIsTsvWithoutHeaderWhenNotATerminal) {
  const auto result = run_accords({"list", "--data", "-"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "tp-2020-01-15-signed\t2020-01-15\t\ttest-pact\tsigning\tNO,IS\t"
                      "Test Pact signed in Tromsø after a long night of talks about quotas and harbours");
  EXPECT_EQ(lines[2], "tp-2026-11-26-ratified\t2026-11-26\t\ttest-pact\tratification\tFO\tFaroe Islands ratify");
}

TEST(AppFormat, DefaultIsATableOnATerminal) {
  World world;
  world.out_is_terminal = true;
  world.env["NO_COLOR"] = "1";
  const auto result = run_accords({"list", "--data", "-"}, world);
  ASSERT_EQ(result.status, 0) << result.err;
  const auto lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 4U);
  EXPECT_EQ(lines[0].rfind("date", 0), 0U) << lines[0];
  EXPECT_NE(lines[0].find("title"), std::string::npos);
  EXPECT_EQ(result.out.find('\t'), std::string::npos) << result.out;
  EXPECT_FALSE(has_escape(result.out));
}

TEST(AppFormat, AnEmptyTableOnATerminalSaysSo) {
  World world;
  world.out_is_terminal = true;
  const auto empty = run_accords({"list", "--data", "-", "--since", "2030"}, world);
  EXPECT_EQ(empty.status, 0) << empty.err;
  EXPECT_EQ(empty.out, "No events match.\n");
  // Not at a terminal, a table asked for keeps its header alone, as scripts may expect.
  const auto piped = run_accords({"list", "--data", "-", "--since", "2030", "--format", "table"});
  EXPECT_EQ(piped.out.rfind("date", 0), 0U) << piped.out;
  EXPECT_EQ(lines_of(piped.out).size(), 1U) << piped.out;
}

TEST(AppFormat, ExplicitFormatWinsOnATerminal) {
  World world;
  world.out_is_terminal = true;
  const auto result = run_accords({"list", "--data", "-", "--format", "tsv", "--fields", "id,date"}, world);
  EXPECT_EQ(result.out, "tp-2020-01-15-signed\t2020-01-15\ntp-2021-11-26-summit\t2021-11-26\n"
                        "tp-2026-11-26-ratified\t2026-11-26\n");
}

// ---- fitting the table to the terminal ---------------------------------------------------

TEST(AppWidth, TableFitsTheTerminal) {
  World world;
  world.out_is_terminal = true;
  world.terminal_width = 60;
  const auto result = run_accords({"--color", "never", "list", "--data", "-"}, world);
  ASSERT_EQ(result.status, 0) << result.err;
  for (const auto& line : lines_of(result.out)) {
    EXPECT_LE(util::display_width(line), 60U) << line;
  }
  EXPECT_NE(result.out.find("…"), std::string::npos) << result.out;
}

TEST(AppWidth, EveryWidthFromTheNarrowestUp) {
  // Six columns need at least one column each and two-space gaps: 16.
  for (std::size_t width = 16; width <= 130; ++width) {
    World world;
    world.out_is_terminal = true;
    world.terminal_width = width;
    const auto result = run_accords({"--color", "never", "list", "--data", "-"}, world);
    ASSERT_EQ(result.status, 0) << result.err;
    for (const auto& line : lines_of(result.out)) {
      EXPECT_LE(util::display_width(line), width) << "width " << width << ": " << line;
      EXPECT_TRUE(line.empty() || line.back() != ' ') << "trailing blank at width " << width << ": '" << line << "'";
    }
  }
}

TEST(AppWidth, NothingIsCutWhenTheTableFits) {
  World world;
  world.out_is_terminal = true;
  for (const std::size_t width : {std::size_t{0}, std::size_t{200}}) {
    world.terminal_width = width;
    const auto result = run_accords({"--color", "never", "list", "--data", "-"}, world);
    EXPECT_EQ(result.out.find("…"), std::string::npos) << "width " << width << ":\n" << result.out;
    EXPECT_NE(result.out.find("about quotas and harbours"), std::string::npos) << result.out;
  }
}

TEST(AppWidth, WideCharactersCountTwoColumns) {
  World world;
  world.out_is_terminal = true;
  world.terminal_width = 20;
  world.input = R"(schema: 1
treaty: {id: wide, name: Wide}
events:
  - {id: w-1, date: 2020, type: other, parties: [JP], title: "日本と韓国の漁業協定について"}
)";
  const auto result =
      run_accords({"--color", "never", "list", "--data", "-", "--format", "table", "--fields", "title"}, world);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "title\n日本と韓国の漁業協…\n");
}

TEST(AppWidth, ScriptFormatsAreNeverCut) {
  World world;
  world.terminal_width = 30; // e.g. COLUMNS=30 with standard output redirected
  for (const std::string format : {"tsv", "csv", "markdown"}) {
    const auto result = run_accords({"list", "--data", "-", "--format", format}, world);
    EXPECT_NE(result.out.find("about quotas and harbours"), std::string::npos) << format << ":\n" << result.out;
  }
}

// ---- exit statuses and messages ----------------------------------------------------------

TEST(AppStatus, VersionOnTheFirstLine) {
  const auto result = run_accords({"--version"});
  EXPECT_EQ(result.status, 0);
  EXPECT_TRUE(std::regex_match(result.out, std::regex("accords [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << result.out;
  EXPECT_EQ(run_accords({"list", "--version"}).out, result.out);
}

TEST(AppStatus, HelpIsNoError) {
  for (const auto& args : std::vector<std::vector<std::string>>{{"--help"}, {"-h"}, {"list", "--help"}}) {
    const auto result = run_accords(args);
    EXPECT_EQ(result.status, 0);
    EXPECT_NE(result.out.find("--data"), std::string::npos) << result.out;
    EXPECT_EQ(result.err, "");
  }
}

TEST(AppStatus, UsageErrorsAreStatusTwoWithAHint) {
  const std::vector<std::vector<std::string>> usage_errors{
      {},
      {"--bogus"},
      {"lst"},
      {"list", "--sinse", "2020"},
      {"list", "--data", "-", "extra"},
      {"list", "--data", "-", "--since", "2021-02-29"},
      {"list", "--data", "-", "-c", "Norwy"},
      {"list", "--data", "-", "-t", "sumit"},
      {"list", "--data", "-", "-T", "nope"},
      {"list", "--data", "-", "--format", "tbl"},
      {"list", "--data", "-", "--fields", "titel"},
      {"list", "--data", "-", "--limit", "-1"},
      {"--color", "sometimes", "list"},
  };
  for (const auto& args : usage_errors) {
    const auto result = run_accords(args);
    SCOPED_TRACE(util::join(args, " "));
    EXPECT_EQ(result.status, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("accords: error: ", 0), 0U) << result.err;
    EXPECT_TRUE(result.err.ends_with(" --help' for more information.\n")) << result.err;
  }
}

TEST(AppStatus, AnOptionNamedAfterAFormatSaysToWriteFormat) {
  EXPECT_EQ(run_accords({"list", "--json"}).err,
            std::string("accords: error: unknown option '--json': write --format json\n") + help_hint_of("list"));
  EXPECT_EQ(run_accords({"--tsv", "members"}).err,
            std::string("accords: error: unknown option '--tsv': write --format tsv\n") + help_hint_of("members"));
  // members has no csv.
  EXPECT_EQ(run_accords({"members", "--csv"}).err.find("write --format"), std::string::npos);
}

TEST(AppStatus, SuggestionsForMisspelledOptionsAndCommands) {
  EXPECT_EQ(run_accords({"list", "--sinse", "2020"}).err,
            std::string("accords: error: unknown option '--sinse' (did you mean '--since'?)\n") + help_hint_of("list"));
  EXPECT_EQ(run_accords({"lst"}).err,
            std::string("accords: error: unknown command 'lst' (did you mean 'list'?)\n") + help_hint);
}

// A command line whose command can be told before parsing gets only that command's flags;
// one where a command name is also a value, an argument or the data path parses as before.
TEST(AppStatus, CommandNamesInOtherPlacesAreReadAsBefore) {
  const auto error = [](std::string_view message, std::string_view command = "") {
    return "accords: error: " + std::string(message) + "\n" + (command.empty() ? help_hint : help_hint_of(command));
  };
  const auto every_command =
      "list, show, members, treaties, report, chart, check, add, fmt, import, diff, completions, help";
  EXPECT_EQ(run_accords({"-d", "list"}).err, error(fmt::format("a command is required: {}", every_command)));
  EXPECT_EQ(run_accords({"--data", "list", "--", "list"}).err,
            "accords: error: cannot read 'list': No such file or directory\n");
  EXPECT_EQ(run_accords({"list", "treaties"}).err, error("unexpected argument 'treaties' for list", "list"));
  EXPECT_EQ(run_accords({"list", "--", "x"}).err, error("unexpected argument 'x' for list", "list"));
  EXPECT_EQ(run_accords({"--data", "-", "show", "list"}).err,
            error("unknown event id 'list' ('accords list --fields id,title' lists them)", "show"));
  World world;
  world.env["ACCORDS_TODAY"] = "2020-01-15";
  const auto listed = run_accords({"--data=-", "--color=never", "list", "--fields", "id", "--on", "today"}, world);
  EXPECT_EQ(listed.err, "");
  EXPECT_EQ(listed.out, "tp-2020-01-15-signed\n");
}

TEST(AppStatus, InvalidDataPrintsNothingAndIsStatusOne) {
  World world;
  world.input = std::string(test_timeline) + "  - id: tp-bad\n    date: 2021-02-29\n    type: other\n"
                                             "    parties: [NO]\n    title: Bad\n";
  const auto result = run_accords({"list", "--data", "-"}, world);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("<stdin>:"), std::string::npos) << result.err;
}

TEST(AppStatus, NoMatchIsSuccess) {
  const auto result = run_accords({"list", "--data", "-", "-c", "JP"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "");
}

} // namespace
} // namespace accords::cli
