#include "cli/list_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/flags.hpp"
#include "cli/selection.hpp"
#include "cli/session.hpp"
#include "cli/version.hpp"
#include "render/event_writers.hpp"
#include "render/ics.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "render/timelinejs.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace accords::cli {
namespace {

// The values of --format.
constexpr std::array<std::string_view, 8> list_formats{"table",  "tsv",      "csv", "json",
                                                       "ndjson", "markdown", "ics", "timelinejs"};

render::TreatyNames treaty_names(const engine::Timeline& timeline) {
  render::TreatyNames names;
  for (const auto& treaty : timeline.treaties()) {
    names.emplace(treaty.id, treaty.name);
  }
  return names;
}

std::vector<render::Field> choose_fields(const ListOptions& options, const std::string& format) {
  if (!options.fields) {
    return format == "table" ? render::default_table_fields() : render::default_script_fields();
  }
  if (format == "json" || format == "ndjson" || format == "ics" || format == "timelinejs") {
    throw UsageError(fmt::format("--fields applies to table, tsv, csv and markdown, not {}", format));
  }
  std::vector<std::string> names;
  for (const auto field : render::all_fields()) {
    names.emplace_back(render::field_name(field));
  }
  std::vector<render::Field> fields;
  for (const auto& name : util::split(*options.fields, ',')) {
    const auto field = render::parse_field(name);
    if (!field) {
      throw UsageError(util::unknown_name({.kind = "field", .word = name, .context = " in --fields"}, names,
                                          util::name_list("fields", names, ",")));
    }
    fields.push_back(*field);
  }
  return fields;
}

// `accords list`.
class ListCommand : public Command {
public:
  [[nodiscard]] std::string_view name() const override { return "list"; }
  [[nodiscard]] std::span<const std::string_view> formats() const override { return list_formats; }
  CLI::App* add_to(CLI::App& app) override;
  void run(const GlobalOptions& global, Context& context) override;

private:
  ListOptions options_;
};

CLI::App* ListCommand::add_to(CLI::App& app) {
  auto& options = options_;
  auto* list = app.add_subcommand(std::string(name()), "Events in timeline order, filtered");
  add_filter_flags(*list, options.filter);
  add_format_flag(*list, options.format, formats(), "default: table on a terminal, tsv otherwise");
  std::vector<std::string> field_names;
  for (const auto field : render::all_fields()) {
    field_names.emplace_back(render::field_name(field));
  }
  list->add_option("--fields", options.fields,
                   "Columns of table, tsv, csv and markdown, comma-separated: " + util::join(field_names, ", "))
      ->option_text("A,B,...")
      ->group("Output");
  list->add_flag("--no-header", options.no_header, "Leave out the header row of table, csv and markdown")
      ->group("Output");
  list->add_flag("--header", options.header, "Print a header line in tsv")->group("Output");
  list->add_flag("-r,--reverse", options.reverse, "Latest events first")->group("Output");
  add_limit_flag(*list, options.limit, "At most N events (after --reverse)");
  return list;
}

void ListCommand::run(const GlobalOptions& global, Context& context) {
  const auto& options = options_;
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options.format, context.out_is_terminal ? "table" : "tsv", formats(), name());
  const auto fields = choose_fields(options, format);
  if (options.header && options.no_header) {
    throw UsageError("--header and --no-header contradict each other");
  }
  const Selection selection(options.filter, today, LoadedEvents::within_dates, global, context);
  auto events = selection.events();
  if (options.reverse) {
    std::reverse(events.begin(), events.end());
  }
  if (options.limit && events.size() > *options.limit) {
    events.resize(*options.limit);
  }
  auto& out = context.out;
  if (format == "table" && events.empty() && context.out_is_terminal) {
    out << "No events match.\n"; // a header alone reads as a failure to a person
  } else if (format == "table") {
    render::TableOptions table;
    table.color = use_color(global, context);
    table.header = !options.no_header;
    table.width = context.terminal_width;       // COLUMNS, or the terminal's width; 0 when neither
    table.drop_empty_columns = !options.fields; // an 'end' column no event fills says nothing
    render::write_table(out, events, fields, table);
  } else if (format == "tsv") {
    render::write_tsv(out, events, fields, options.header);
  } else if (format == "csv") {
    render::write_csv(out, events, fields, !options.no_header);
  } else if (format == "json") {
    render::write_json(out, events);
  } else if (format == "ndjson") {
    render::write_ndjson(out, events);
  } else if (format == "ics") {
    // DTSTAMP: midnight UTC of today (--today, ACCORDS_TODAY or the clock), so that pinned runs
    // give the same bytes and a re-import on a later day carries a later stamp.
    render::write_ics(out, events,
                      {std::string(version()), date::sys_seconds{date::sys_days{today}}, selection.name(),
                       treaty_names(selection.timeline())});
  } else if (format == "timelinejs") {
    render::write_timelinejs(out, events, treaty_names(selection.timeline()));
  } else {
    render::write_markdown(out, events, fields, !options.no_header);
  }
}

} // namespace

std::unique_ptr<Command> make_list_command() { return std::make_unique<ListCommand>(); }

} // namespace accords::cli
