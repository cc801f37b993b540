#pragma once
// Flag helpers shared by the commands.

#include "cli/options.hpp"

#include <CLI/App.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// Adds a flag that may be given several times, one value each time ("-c NO -c IS"; "-c NO IS"
// leaves IS as an unexpected argument).
CLI::Option* add_repeatable(CLI::App& command, const std::string& names, std::vector<std::string>& values,
                            const std::string& description, const std::string& value_name, const std::string& group);
// Adds the filter flags of cli.md (--since, --until, --on, -c, -t, -T, -g, --tag).
void add_filter_flags(CLI::App& command, FilterOptions& options);
// The help's paragraph on the filters' values: the forms of DATE, the event types, countries.
[[nodiscard]] std::string filter_help();
// Adds --format with the formats a command accepts (its Command::formats()), listed in its help.
CLI::Option* add_format_flag(CLI::App& command, std::optional<std::string>& format,
                             std::span<const std::string_view> formats, const std::string& default_text);
// Adds -n/--limit, which takes a count (0 or more).
CLI::Option* add_limit_flag(CLI::App& command, std::optional<std::size_t>& limit, const std::string& description);
// The format given, or `fallback`; throws UsageError naming `command` and the closest format
// when the given one is not among `formats` (the command's Command::formats()).
[[nodiscard]] std::string choose_format(const std::optional<std::string>& given, const std::string& fallback,
                                        std::span<const std::string_view> formats, std::string_view command);

} // namespace accords::cli
