#include "cli/session.hpp"

#include "cli/diagnostic_printer.hpp"
#include "cli/exit_status.hpp"
#include "load/source/open.hpp"
#include "model/date.hpp"
#include "model/entity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

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

std::optional<std::filesystem::path> default_cache_directory(const std::optional<std::string>& accords_cache_dir,
                                                             const std::optional<std::string>& xdg_cache_home,
                                                             const std::optional<std::string>& home) {
  namespace fs = std::filesystem;
  if (accords_cache_dir && !accords_cache_dir->empty()) {
    return fs::path(*accords_cache_dir);
  }
  if (xdg_cache_home && !xdg_cache_home->empty() && fs::path(*xdg_cache_home).is_absolute()) {
    return fs::path(*xdg_cache_home) / "accords";
  }
  if (home && !home->empty()) {
    return fs::path(*home) / ".cache" / "accords";
  }
  return std::nullopt;
}

load::Source open_one_file(const std::string& path, Context& context) {
  std::error_code error;
  if (path != "-" && std::filesystem::is_directory(path, error)) {
    throw RuntimeFailure(fmt::format("cannot read '{}': it is a directory", path));
  }
  auto opened = load::open_sources({path}, context.in);
  if (!opened.errors.empty() || opened.sources.size() != 1) {
    throw RuntimeFailure(opened.errors.empty() ? fmt::format("cannot read '{}'", path) : opened.errors.front());
  }
  return std::move(opened.sources.front());
}

load::Loaded load_data(const std::vector<std::string>& paths, const GlobalOptions& options, Context& context,
                       const std::optional<model::DayWindow>& days) {
  load::LoadRequest request{paths, &context.in, std::nullopt, days, {}};
  if (!options.no_cache && !paths.empty()) { // the built-in timelines are never cached
    request.cache_directory =
        default_cache_directory(context.env("ACCORDS_CACHE_DIR"), context.env("XDG_CACHE_HOME"), context.env("HOME"));
  }
  auto loaded = load::load(request);
  for (const auto& warning : loaded.skipped) {
    print_warning(context.err, warning);
  }
  for (const auto& error : loaded.unreadable) {
    print_error(context.err, error);
  }
  return loaded;
}

load::LoadResult checked_result(load::Loaded loaded, Context& context) {
  auto& result = loaded.result;
  print_diagnostics(context.err, result.diagnostics, loaded.sources, context.err_is_terminal);
  if (!loaded.unreadable.empty() || result.diagnostics.has_errors()) {
    throw DataError();
  }
  return std::move(result);
}

engine::Timeline load_timeline(const GlobalOptions& options, Context& context,
                               const std::optional<model::DayWindow>& days) {
  auto result = checked_result(load_data(data_paths(options, context), options, context, days), context);
  model::use_entities(result.entities);
  return engine::Timeline(std::move(result.treaties), std::move(result.events), std::move(result.text));
}

} // namespace accords::cli
