#include "cli/flags.hpp"

#include "cli/exit_status.hpp"
#include "model/event_type.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

namespace accords::cli {

CLI::Option* add_repeatable(CLI::App& command, const std::string& names, std::vector<std::string>& values,
                            const std::string& description, const std::string& value_name, const std::string& group) {
  return command.add_option(names, values, description)
      ->option_text(value_name)
      ->expected(1)
      ->take_all()
      ->allow_extra_args(false)
      ->group(group);
}

void add_filter_flags(CLI::App& command, FilterOptions& options) {
  const std::string group = "Filters";
  command.add_option("--since", options.since, "Events that end on or after DATE")->option_text("DATE")->group(group);
  command.add_option("--until", options.until, "Events that start on or before DATE")
      ->option_text("DATE")
      ->group(group);
  command.add_option("--on", options.on, "Events that overlap DATE")->option_text("DATE")->group(group);
  add_repeatable(command, "-c,--country", options.countries,
                 "Party or mediator: code or name (UAE, Turkiye); A+B: both (repeatable)", "X", group);
  add_repeatable(command, "-t,--type", options.types, "Event type (repeatable)", "TYPE", group);
  add_repeatable(command, "-T,--treaty", options.treaties, "Treaty id or alias (repeatable)", "ID", group);
  command.add_option("-g,--grep", options.grep, "Case-insensitive text in title, notes or place")
      ->option_text("TEXT")
      ->group(group);
  add_repeatable(command, "--tag", options.tags, "Tag (repeatable)", "TAG", group);
  command.footer(filter_help());
}

std::string filter_help() {
  return "DATE is YYYY, YYYY-MM or YYYY-MM-DD (a year or a month is a range: --until 2020 keeps all of 2020), "
         "'today', or a count back from today: 30d, 2w, 6m, 5y.\n"
         "TYPE is one of: " +
         util::join(model::event_type_names(), ", ") +
         ".\n"
         "X is a code (IL, ISR) or a name (Israel, UAE, Britain, Turkiye, Ivory Coast) in any case; A+B keeps the "
         "events involving both.\n"
         "Different filters combine with AND; a repeated one matches any of its values.";
}

CLI::Option* add_format_flag(CLI::App& command, std::optional<std::string>& format,
                             std::span<const std::string_view> formats, const std::string& default_text) {
  return command.add_option("--format", format, fmt::format("{} ({})", util::join(formats, ", "), default_text))
      ->option_text("FORMAT")
      ->group("Output");
}

CLI::Option* add_limit_flag(CLI::App& command, std::optional<std::size_t>& limit, const std::string& description) {
  return command.add_option("-n,--limit", limit, description)
      ->option_text("N")
      ->check([](const std::string& value) { // else "-1" would wrap around to a huge size_t
        return !value.empty() && value.find_first_not_of("0123456789") == std::string::npos
                   ? std::string()
                   : fmt::format("expected a count (0 or more), got '{}'", value);
      })
      ->group("Output");
}

std::string choose_format(const std::optional<std::string>& given, const std::string& fallback,
                          std::span<const std::string_view> formats, std::string_view command) {
  if (!given) {
    return fallback;
  }
  if (std::find(formats.begin(), formats.end(), *given) == formats.end()) {
    const std::vector<std::string> names(formats.begin(), formats.end());
    const auto for_command = fmt::format(" for {}", command);
    throw UsageError(util::unknown_name({.kind = "format", .word = *given, .context = for_command}, names,
                                        util::name_list("formats", names)));
  }
  return *given;
}

} // namespace accords::cli
