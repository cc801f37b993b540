#include "cli/import_command.hpp"

#include "cli/candidate_file.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "cli/filter_args.hpp"
#include "cli/session.hpp"
#include "edit/atomic_write.hpp"
#include "edit/csv_import.hpp"
#include "model/entity.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <unordered_set>

namespace accords::cli {
namespace {

// Options of `import`, as written.
struct ImportOptions {
  std::string kind;                  // KIND: csv
  std::string file;                  // FILE, "-" for standard input
  std::optional<std::string> treaty; // --treaty ID: the treaty of the file made
  std::optional<std::string> output; // -o/--output FILE; default: standard output
};

// The diagnostics of the file made, those of its events moved to the CSV cells they come from.
load::Diagnostics at_csv_places(const load::Diagnostics& diagnostics, const std::string& made_name,
                                const edit::CsvImport& imported, const std::shared_ptr<const std::string>& csv_path) {
  load::Diagnostics moved;
  for (const auto& diagnostic : diagnostics.all()) {
    auto where = diagnostic.where;
    if (where.path && *where.path == made_name) {
      if (const auto place = imported.place_of(where.line)) {
        where = {csv_path, place->line, place->column};
      }
    }
    if (diagnostic.severity == load::Severity::error) {
      moved.error(where, diagnostic.message);
    } else {
      moved.warning(where, diagnostic.message);
    }
  }
  return moved;
}

// `accords import`.
class ImportCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "import"; }
  [[nodiscard]] bool pages_output() const override { return false; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  ImportOptions options_;
};

CLI::App* ImportCommand::add_to(CLI::App& app) {
  auto& o = options_;
  auto* command = app.add_subcommand(std::string(name()), "Makes a timeline file of a CSV table of events");
  command->add_option("KIND", o.kind, "What FILE holds: csv")->required()->check(CLI::IsMember({"csv"}));
  command
      ->add_option("FILE", o.file,
                   "The table, '-' for standard input: a header row of field names as --fields names them, "
                   "lists as list --format csv writes them")
      ->required();
  command->add_option("--treaty", o.treaty, "The treaty of the file made (id or alias); rows name another in 'treaty'")
      ->option_text("ID")
      ->group("Output");
  command
      ->add_option("-o,--output", o.output,
                   "Write the timeline to FILE (replaced as a whole) instead of standard output")
      ->option_text("FILE")
      ->group("Output");
  command->footer("Every row becomes an event; a row without an id gets one made from its date and title, and a "
                  "country given by name is written as its code. Every problem is reported at its row and column "
                  "of the CSV, and nothing is written when there is any.");
  return command;
}

void ImportCommand::run(const GlobalOptions& global, Context& context) {
  const auto& o = options_;
  const auto source = open_one_file(o.file, context);
  const auto csv = source.bytes.view();
  // The data the rows are checked with: its treaties, entities and ids.
  const auto timeline = load_timeline(global, context);
  edit::CsvImportOptions csv_options;
  if (o.treaty) {
    csv_options.treaty = resolve_treaty(*o.treaty, timeline);
  }
  std::unordered_set<std::string_view> loaded_ids; // views into the timeline's texts
  loaded_ids.reserve(timeline.events().size());
  for (const auto& event : timeline.events()) {
    loaded_ids.insert(event.id);
  }
  csv_options.id_taken = [&](std::string_view id) { return loaded_ids.contains(id); };
  csv_options.party_code = [](std::string_view text) { return model::find_party(text); };
  const auto csv_path = std::make_shared<const std::string>(source.name);
  const std::vector<load::Source> csv_source{source};
  const auto imported = edit::import_csv(csv, csv_path, csv_options);
  if (imported.problems.error_count() > 0) {
    print_diagnostics(context.err, imported.problems, csv_source, context.err_is_terminal);
    throw DataError();
  }

  const auto made_name = o.output.value_or("<output>");
  auto loaded = read_candidate(made_name, imported.text, global, context);
  loaded.result.diagnostics = at_csv_places(loaded.result.diagnostics, made_name, imported, csv_path);
  loaded.sources.insert(loaded.sources.end(), csv_source.begin(), csv_source.end());
  report_candidate(loaded, context);
  if (!o.output) {
    context.out << imported.text;
    return;
  }
  if (const auto failure = edit::write_atomically(*o.output, imported.text)) {
    throw RuntimeFailure(*failure);
  }
  context.out << fmt::format("{}: {} event{} written to {}\n", *csv_path, imported.events,
                             imported.events == 1 ? "" : "s", *o.output);
}

} // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

} // namespace accords::cli
