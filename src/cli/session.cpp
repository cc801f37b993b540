#include "cli/session.hpp"

#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "cli/version.hpp"
#include "load/builtin_load.hpp"
#include "load/data_paths.hpp"
#include "load/loader.hpp"
#include "model/date.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace accords::cli {

date::year_month_day resolve_today(const GlobalOptions& options, const Context& context) {
  const auto env_today = context.env("ACCORDS_TODAY");
  const bool from_flag = options.today.has_value();
  const auto text = from_flag ? options.today : env_today;
  if (!text || (!from_flag && text->empty())) {
    return context.system_today();
  }
  std::string why;
  const auto day = model::PartialDate::parse(*text, &why);
  if (!day || day->precision() != model::Precision::day) {
    // A real but impossible date keeps its reason ("2021-02 has no day 29"); anything else is
    // told what --today takes, which is a day and not YYYY or YYYY-MM.
    const bool generic = !day && why == "expected YYYY, YYYY-MM or YYYY-MM-DD";
    throw UsageError(fmt::format("invalid {} '{}': {}", from_flag ? "--today" : "ACCORDS_TODAY", *text,
                                 day || generic ? "expected a day, YYYY-MM-DD" : why));
  }
  return date::year_month_day{day->first_day()};
}

bool use_color(const GlobalOptions& options, const Context& context) {
  if (options.color == "always") {
    return true;
  }
  if (options.color == "never") {
    return false;
  }
  const auto force = context.env("CLICOLOR_FORCE");
  if (force && !force->empty()) {
    return true;
  }
  const auto no_color = context.env("NO_COLOR");
  const auto term = context.env("TERM");
  return context.out_is_terminal && (!no_color || no_color->empty()) && (!term || *term != "dumb");
}

std::vector<std::string> data_paths(const GlobalOptions& options, const Context& context) {
  return load::choose_data_paths(options.data, context.env("ACCORDS_PATH"));
}

ReadSources read_sources(const std::vector<std::string>& paths, Context& context) {
  if (paths.empty()) {
    return {load::builtin_sources(), 0, true};
  }
  auto read = load::read_data_paths(paths, context.in);
  for (const auto& error : read.errors) {
    context.err << "accords: error: " << error << '\n';
  }
  return {std::move(read.sources), read.errors.size()};
}

std::optional<load::ParseCache> parse_cache(const GlobalOptions& options, const Context& context) {
  if (options.no_cache) {
    return std::nullopt;
  }
  auto directory = load::default_cache_directory(context.env("ACCORDS_CACHE_DIR"), context.env("XDG_CACHE_HOME"),
                                                 context.env("HOME"));
  if (!directory) {
    return std::nullopt;
  }
  return load::ParseCache(std::move(*directory), std::string(version()));
}

load::LoadResult load_files(const ReadSources& read, const GlobalOptions& options, const Context& context,
                            const std::optional<model::DayWindow>& days) {
  if (read.builtin) {
    return load::load_builtin(days); // loaded and checked at build time
  }
  const auto& files = read.files;
  // The cache's directory is named only when a file may use it (not for standard input alone).
  const bool any_cacheable = std::any_of(files.begin(), files.end(), [](const auto& file) { return file.cacheable; });
  const auto cache = any_cacheable ? parse_cache(options, context) : std::nullopt;
  return load::load_sources(files, cache ? &*cache : nullptr, days);
}

engine::Timeline load_timeline(const GlobalOptions& options, Context& context,
                               const std::optional<model::DayWindow>& days) {
  const auto read = read_sources(data_paths(options, context), context);
  auto loaded = load_files(read, options, context, days);
  print_diagnostics(context.err, loaded.diagnostics, read.files, context.err_is_terminal);
  if (read.unreadable > 0 || loaded.diagnostics.has_errors()) {
    throw DataError();
  }
  return engine::Timeline(std::move(loaded.treaties), std::move(loaded.events), std::move(loaded.text));
}

} // namespace accords::cli
