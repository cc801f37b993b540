#include "cli/list_command.hpp"

#include "cli/exit_status.hpp"
#include "cli/filter_args.hpp"
#include "cli/session.hpp"
#include "render/event_writers.hpp"
#include "render/markdown.hpp"
#include "render/table.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

namespace accords::cli {
namespace {

const std::vector<std::string> list_formats{"table", "tsv", "csv", "json", "ndjson", "markdown"};

std::string choose_format(const ListOptions& options, const Context& context) {
  if (!options.format) {
    return context.out_is_terminal ? "table" : "tsv";
  }
  const auto& format = *options.format;
  if (std::find(list_formats.begin(), list_formats.end(), format) == list_formats.end()) {
    const auto hint = util::did_you_mean(format, list_formats);
    throw UsageError(fmt::format("unknown format '{}' for list{}", format,
                                 hint.empty() ? fmt::format(" (formats: {})", fmt::join(list_formats, ", ")) : hint));
  }
  return format;
}

std::vector<render::Field> choose_fields(const ListOptions& options, const std::string& format) {
  if (!options.fields) {
    return format == "table" ? render::default_table_fields() : render::default_script_fields();
  }
  if (format == "json" || format == "ndjson") {
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
      const auto hint = util::did_you_mean(name, names);
      throw UsageError(fmt::format("unknown field '{}' in --fields{}", name,
                                   hint.empty() ? fmt::format(" (fields: {})", fmt::join(names, ",")) : hint));
    }
    fields.push_back(*field);
  }
  return fields;
}

} // namespace

void add_filter_flags(CLI::App& command, FilterOptions& options) {
  command.add_option("--since", options.since, "Events that end on or after DATE")
      ->option_text("DATE")
      ->group("Filters");
  command.add_option("--until", options.until, "Events that start on or before DATE")
      ->option_text("DATE")
      ->group("Filters");
  command.add_option("--on", options.on, "Events that overlap DATE")->option_text("DATE")->group("Filters");
  command.add_option("-c,--country", options.countries, "Party or mediator: ISO code or English name (repeatable)")
      ->option_text("X")
      ->expected(1)
      ->take_all()
      ->allow_extra_args(false) // one value per flag: "-c NO IS" leaves IS as an argument
      ->group("Filters");
  command.add_option("-t,--type", options.types, "Event type (repeatable)")
      ->option_text("TYPE")
      ->expected(1)
      ->take_all()
      ->allow_extra_args(false)
      ->group("Filters");
  command.add_option("-T,--treaty", options.treaties, "Treaty id or alias (repeatable)")
      ->option_text("ID")
      ->expected(1)
      ->take_all()
      ->allow_extra_args(false)
      ->group("Filters");
  command.add_option("-g,--grep", options.grep, "Case-insensitive text in title, notes or place")
      ->option_text("TEXT")
      ->group("Filters");
  command.add_option("--tag", options.tags, "Tag (repeatable)")
      ->option_text("TAG")
      ->expected(1)
      ->take_all()
      ->allow_extra_args(false)
      ->group("Filters");
}

CLI::App* add_list_command(CLI::App& app, ListOptions& options) {
  auto* list = app.add_subcommand("list", "Events in timeline order, filtered");
  add_filter_flags(*list, options.filter);
  list->add_option("--format", options.format,
                   "table, tsv, csv, json, ndjson or markdown (default: table on a "
                   "terminal, tsv otherwise)")
      ->option_text("FORMAT")
      ->group("Output");
  list->add_option("--fields", options.fields,
                   "Columns of table/tsv/csv/markdown: id,date,end,treaty,type,parties,"
                   "mediators,title,place,tags,sources")
      ->option_text("A,B,...")
      ->group("Output");
  list->add_flag("--no-header", options.no_header, "Leave out the header row of table, csv and markdown")
      ->group("Output");
  list->add_flag("--header", options.header, "Print a header line in tsv")->group("Output");
  list->add_flag("-r,--reverse", options.reverse, "Latest events first")->group("Output");
  list->add_option("-n,--limit", options.limit, "At most N events (after --reverse)")
      ->option_text("N")
      ->check([](const std::string& value) { // else "-1" would wrap around to a huge size_t
        return !value.empty() && value.find_first_not_of("0123456789") == std::string::npos
                   ? std::string()
                   : fmt::format("expected a count of events (0 or more), got '{}'", value);
      })
      ->group("Output");
  return list;
}

void run_list(const ListOptions& options, const GlobalOptions& global, Context& context) {
  const auto today = resolve_today(global, context);
  const auto format = choose_format(options, context);
  const auto fields = choose_fields(options, format);
  if (options.header && options.no_header) {
    throw UsageError("--header and --no-header contradict each other");
  }
  const auto timeline = load_timeline(global, context);
  const auto filter = resolve_filter(options.filter, timeline, today);
  auto events = engine::select(timeline, filter);
  if (options.reverse) {
    std::reverse(events.begin(), events.end());
  }
  if (options.limit && events.size() > *options.limit) {
    events.resize(*options.limit);
  }
  auto& out = context.out;
  if (format == "table") {
    render::TableOptions table;
    table.color = use_color(global, context);
    table.header = !options.no_header;
    table.width = context.terminal_width; // COLUMNS, or the terminal's width; 0 when neither
    render::write_table(out, events, fields, table);
  } else if (format == "tsv") {
    render::write_tsv(out, events, fields, options.header);
  } else if (format == "csv") {
    render::write_csv(out, events, fields, !options.no_header);
  } else if (format == "json") {
    render::write_json(out, events);
  } else if (format == "ndjson") {
    render::write_ndjson(out, events);
  } else {
    render::write_markdown(out, events, fields, !options.no_header);
  }
}

} // namespace accords::cli
