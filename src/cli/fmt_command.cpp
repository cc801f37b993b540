#include "cli/fmt_command.hpp"

#include "cli/child_process.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "cli/session.hpp"
#include "edit/atomic_write.hpp"
#include "edit/format_file.hpp"
#include "load/limits.hpp"
#include "load/source/open.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <cstdlib>
#include <unistd.h>

namespace accords::cli {
namespace {

// Options of `fmt`, as written.
struct FmtOptions {
  std::vector<std::string> paths; // PATH arguments; default: the data paths
  bool check = false;             // --check: list the files that would change, write nothing
  bool diff = false;              // --diff: print a unified diff, write nothing
  bool sort = false;              // --sort: events in timeline order
};

// `accords fmt`.
class FmtCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "fmt"; }
  [[nodiscard]] bool pages_output() const override { return false; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  // The unified diff from `source`'s bytes to `text`, as diff -u prints it.
  static std::string unified_diff(const load::Source& source, const std::string& text);

  FmtOptions options_;
};

CLI::App* FmtCommand::add_to(CLI::App& app) {
  auto& o = options_;
  auto* fmt = app.add_subcommand(std::string(name()), "Rewrites timeline files in one canonical layout");
  fmt->add_option("PATH", o.paths,
                  "Timeline files or directories, '-' for standard input to standard output (default: --data, else "
                  "$ACCORDS_PATH)")
      ->option_text("...");
  fmt->add_flag("--check", o.check, "Write nothing; list the files that would change and exit 1 if there is any")
      ->group("Output");
  fmt->add_flag("--diff", o.diff, "Write nothing; print what would change as a unified diff")->group("Output");
  fmt->add_flag("--sort", o.sort, "Also put the events of each file in timeline order")->group("Output");
  fmt->footer("The layout: keys in the order of accords-timeline(5), two spaces of indentation, parties, "
              "mediators, tags and aliases as [A, B], sources one per line, text quoted only where YAML needs it, "
              "notes on several lines as a literal block, a blank line between events. Comments stay with the key "
              "or event they are written before or beside. A file is rewritten only when what it loads to is "
              "unchanged; a file with errors is left as it is (status 1).");
  return fmt;
}

// A temporary file holding `bytes`, removed when it goes out of scope.
class TemporaryFile {
public:
  explicit TemporaryFile(std::string_view bytes) {
    path_ = (std::filesystem::temp_directory_path() / "accords-fmt-XXXXXX").string();
    const int fd = ::mkstemp(path_.data());
    if (fd < 0) {
      throw RuntimeFailure("cannot make a temporary file for diff(1)");
    }
    ::close(fd);
    if (const auto failure = edit::write_atomically(path_, bytes)) {
      ::unlink(path_.c_str());
      throw RuntimeFailure(*failure);
    }
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() { ::unlink(path_.c_str()); }
  [[nodiscard]] const std::string& path() const { return path_; }

private:
  std::string path_;
};

std::string FmtCommand::unified_diff(const load::Source& source, const std::string& text) {
  // The old text is the file itself, or a copy of standard input; the new one a temporary file.
  std::optional<TemporaryFile> old_copy;
  if (source.name == "<stdin>") {
    old_copy.emplace(source.bytes.view());
  }
  const TemporaryFile formatted(text);
  const auto diff = capture_output({"diff", "-u", "--label", source.name, "--label", source.name, "--",
                                    old_copy ? old_copy->path() : source.name, formatted.path()},
                                   load::limits::max_file_bytes * 2);
  if (!diff.started || diff.exit_status < 0 || diff.exit_status > 1 || diff.over_limit) {
    throw RuntimeFailure(fmt::format("cannot compare with diff(1): {}", diff.started ? diff.err : diff.error));
  }
  return diff.out;
}

void FmtCommand::run(const GlobalOptions& global, Context& context) {
  const auto& o = options_;
  if (!o.paths.empty() && !global.data.empty()) {
    throw UsageError("fmt takes PATH arguments or --data, not both");
  }
  const auto paths = o.paths.empty() ? data_paths(global, context) : o.paths;
  if (paths.empty()) {
    throw UsageError("name the files to format: fmt rewrites files, and the built-in timelines are not files");
  }
  auto opened = load::open_sources(paths, context.in);
  for (const auto& error : opened.errors) {
    print_error(context.err, error);
  }
  bool failed = !opened.errors.empty();
  std::vector<std::string> changed;
  for (const auto& source : opened.sources) {
    const auto formatted = edit::format_file(source, o.sort);
    if (formatted.diagnostics.error_count() + formatted.diagnostics.warning_count() > 0) {
      print_diagnostics(context.err, formatted.diagnostics, {source}, context.err_is_terminal);
    }
    if (!formatted.text) {
      if (!formatted.refusal.empty()) {
        print_error(context.err, fmt::format("{}: {}", source.name, formatted.refusal));
      }
      failed = true;
      continue;
    }
    const auto& text = *formatted.text;
    const bool from_stdin = source.name == "<stdin>";
    if (from_stdin && !o.check && !o.diff) {
      context.out << text;
      continue;
    }
    if (source.bytes == text) {
      continue;
    }
    changed.push_back(source.name);
    if (o.check) {
      context.out << source.name << '\n';
    } else if (o.diff) {
      context.out << unified_diff(source, text);
    } else if (const auto failure = edit::write_atomically(source.name, text)) {
      print_error(context.err, failure->c_str());
      failed = true;
    }
  }
  if (failed || (o.check && !changed.empty())) {
    throw DataError();
  }
}

} // namespace

std::unique_ptr<Command> make_fmt_command() { return std::make_unique<FmtCommand>(); }

} // namespace accords::cli
