#include "cli/check_command.hpp"

#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/session.hpp"
#include "load/limits.hpp"
#include "load/lint.hpp"
#include "model/entity.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {
namespace {

// Options of `check`, as written.
struct CheckOptions {
  std::vector<std::string> paths;    // PATH arguments: files, directories, "-" for standard input
  bool quiet = false;                // -q/--quiet: no summary line
  std::optional<std::string> format; // --format text|json
};

// The values of --format.
constexpr std::array<std::string_view, 2> check_formats{"text", "json"};

// The problems and the counts as one JSON object, for editors and CI:
// {"files", "events", "errors", "warnings", "problems": [{"path", "line", "column", "severity", "message"}],
// "unlisted"}. The counts cover every problem; "unlisted" is how many of them are not in
// "problems" (past limits::max_diagnostics), 0 when it lists them all.
void write_check_json(std::ostream& out, const load::Diagnostics& diagnostics, std::size_t files, std::size_t events,
                      std::size_t errors, std::size_t warnings) {
  auto problems = nlohmann::ordered_json::array();
  for (const auto& diagnostic : diagnostics.sorted()) {
    nlohmann::ordered_json problem;
    problem["path"] = diagnostic.where.path ? *diagnostic.where.path : std::string();
    problem["line"] = diagnostic.where.line;
    problem["column"] = diagnostic.where.column;
    problem["severity"] = diagnostic.severity == load::Severity::error ? "error" : "warning";
    problem["message"] = diagnostic.message;
    problems.push_back(std::move(problem));
  }
  nlohmann::ordered_json object;
  object["files"] = files;
  object["events"] = events;
  object["errors"] = errors;
  object["warnings"] = warnings;
  object["problems"] = std::move(problems);
  object["unlisted"] = diagnostics.not_stored();
  out << object.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

// "1 file", "2 files", "0 errors".
std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

// `accords check`.
class CheckCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "check"; }
  // Its problems go to standard error, which no pager shows.
  [[nodiscard]] bool pages_output() const override { return false; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return check_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  CheckOptions options_;
};

CLI::App* CheckCommand::add_to(CLI::App& app) {
  auto* check = app.add_subcommand(std::string(name()), "Validates timeline files and prints every problem");
  check
      ->add_option("PATH", options_.paths,
                   "Timeline files or directories to check, '-' for standard input (default: the data paths, "
                   "--data, else $ACCORDS_PATH, else the built-in timelines)")
      ->option_text("...");
  check->add_flag("-q,--quiet", options_.quiet,
                  "Print only the problems (on standard error), not the summary line; the exit status is "
                  "still 1 if there is any error");
  add_format_flag(*check, options_.format, formats(),
                  fmt::format("default: text, the problems on standard error and a summary line; json: one object "
                              "with the counts of every problem and the problems (the first {} found), on "
                              "standard output",
                              load::limits::max_diagnostics));
  return check;
}

void CheckCommand::run(const GlobalOptions& global, Context& context) {
  if (!options_.paths.empty() && !global.data.empty()) {
    throw UsageError("check takes PATH arguments or --data, not both");
  }
  const auto format = choose_format(options_.format, "text", formats(), name());
  const auto paths = options_.paths.empty() ? data_paths(global, context) : options_.paths;
  auto loaded = load_data(paths, global, context);
  auto& result = loaded.result;
  model::use_entities(result.entities);
  load::lint(result);
  if (format == "text") {
    print_diagnostics(context.err, result.diagnostics, loaded.sources, context.err_is_terminal);
  }

  // Every problem counts, also those past the stored ones that are listed.
  const auto warnings = loaded.skipped.size() + result.diagnostics.warning_count();
  const auto errors = loaded.unreadable.size() + result.diagnostics.error_count();
  const auto files = loaded.sources.size();
  if (format == "json") {
    write_check_json(context.out, result.diagnostics, files, result.events.size(), errors, warnings);
  } else if (!options_.quiet) {
    context.out << fmt::format("{}, {}: {}, {}\n", count(files, "file"), count(result.events.size(), "event"),
                               count(errors, "error"), count(warnings, "warning"));
  }
  if (errors > 0) {
    throw DataError();
  }
}

} // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

} // namespace accords::cli
