#include "cli/diff_command.hpp"

#include "cli/date_flags.hpp"
#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/git_source.hpp"
#include "cli/session.hpp"
#include "engine/timeline_diff.hpp"
#include "model/entity.hpp"
#include "render/diff_json.hpp"
#include "render/diff_markdown.hpp"
#include "render/diff_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 3> diff_formats{"text", "json", "markdown"};

// Options of `diff`, as written.
struct DiffOptions {
  std::string old_side;              // OLD: a file, a directory, '-' or git:REV[:PATH]
  std::string new_side;              // NEW: the same
  std::optional<std::string> as_of;  // --as-of DATE; default: today
  std::optional<std::string> format; // --format; default: text
};

// Loads one side, printing its diagnostics and warnings. Throws DataError when a file is
// unreadable or invalid, RuntimeFailure when git fails.
load::LoadResult load_side(const std::string& side, const GlobalOptions& global, Context& context) {
  const auto git_path = parse_git_path(side);
  if (!git_path) {
    return checked_result(load_data({side}, global, context), context);
  }
  auto read = read_git_sources(*git_path);
  for (const auto& warning : read.warnings) {
    print_warning(context.err, warning);
  }
  if (read.sources.empty()) { // a directory with no timeline file: no treaty, no event
    return {};
  }
  load::LoadRequest request;
  request.standard_input = &context.in;
  request.sources = std::move(read.sources);
  return checked_result(load::load(request), context);
}

// Loads one side; nullopt once its trouble is reported.
std::optional<load::LoadResult> try_load_side(const std::string& side, const GlobalOptions& global, Context& context) {
  try {
    return load_side(side, global, context);
  } catch (const DataError&) {
    return std::nullopt;
  } catch (const RuntimeFailure& failure) {
    print_error(context.err, failure.what());
    return std::nullopt;
  }
}

// The entities of both sides, the new side's first, so that every party has its name.
std::vector<model::Entity> entities_of(const load::LoadResult& old_result, const load::LoadResult& new_result) {
  auto entities = new_result.entities;
  for (const auto& entity : old_result.entities) {
    if (std::none_of(entities.begin(), entities.end(), [&](const auto& other) { return other.code == entity.code; })) {
      entities.push_back(entity);
    }
  }
  return entities;
}

// `accords diff`.
class DiffCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "diff"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return diff_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  DiffOptions options_;
};

CLI::App* DiffCommand::add_to(CLI::App& app) {
  auto* diff = app.add_subcommand(std::string(name()), "What changed between two versions of a timeline");
  const std::string sides = "a timeline file, a directory, '-' for standard input, or git:REV[:PATH] (a file or "
                            "directory at a git revision, PATH from the repository's root; git:REV alone is the "
                            "whole tree)";
  diff->add_option("OLD", options_.old_side, "The old version: " + sides)->required();
  diff->add_option("NEW", options_.new_side, "The new version, in the same forms")->required();
  diff->add_option("--as-of", options_.as_of,
                   "The day to compare the members' statuses on (default: today); a month or year means its last day")
      ->option_text("DATE")
      ->group("Filters");
  add_format_flag(*diff, options_.format, formats(), "default: text");
  diff->footer("Events and treaties are compared by id, field by field; the parties whose status as of the day "
               "differs are listed too.\nExit status: 0 when the two are the same, 1 when they differ, 2 on "
               "trouble (a usage error, data that cannot be read or is invalid, git failing).");
  return diff;
}

void DiffCommand::run(const GlobalOptions& global, Context& context) {
  const auto& options = options_;
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options.format, "text", formats(), name());
  const auto day = options.as_of ? resolve_date("--as-of", *options.as_of, today).last_day() : date::sys_days{today};
  if (!global.data.empty()) {
    throw UsageError("diff compares OLD and NEW, not --data");
  }
  if (options.old_side == "-" && options.new_side == "-") {
    throw UsageError("only one of OLD and NEW can be '-', standard input");
  }
  (void)parse_git_path(options.old_side); // a bad revision is a usage error before anything is read
  (void)parse_git_path(options.new_side);
  auto old_result = try_load_side(options.old_side, global, context);
  auto new_result = try_load_side(options.new_side, global, context);
  if (!old_result || !new_result) {
    throw ExitWith(ExitStatus::trouble);
  }
  const auto entities = entities_of(*old_result, *new_result);
  model::use_entities(entities);
  const engine::Timeline old_timeline(std::move(old_result->treaties), std::move(old_result->events),
                                      std::move(old_result->text));
  const engine::Timeline new_timeline(std::move(new_result->treaties), std::move(new_result->events),
                                      std::move(new_result->text));
  const auto diff = engine::diff_timelines(old_timeline, new_timeline, day);
  const render::DiffSides sides{options.old_side, options.new_side};
  if (format == "json") {
    render::write_diff_json(context.out, diff, sides);
  } else if (format == "markdown") {
    render::write_diff_markdown(context.out, diff, sides);
  } else {
    render::write_diff_text(context.out, diff, sides, use_color(global, context));
  }
  if (!diff.equal()) {
    throw ExitWith(ExitStatus::different);
  }
}

} // namespace

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }

} // namespace accords::cli
