#pragma once
// `accords list`: events in timeline order, filtered, in one of the output formats.

#include "cli/context.hpp"
#include "cli/options.hpp"

#include <CLI/App.hpp>

namespace accords::cli {

// Adds the `list` subcommand and its flags, parsed into `options`.
CLI::App* add_list_command(CLI::App& app, ListOptions& options);
// Adds the filter flags shared by list, report and chart.
void add_filter_flags(CLI::App& command, FilterOptions& options);
// Runs `list`. Throws UsageError or DataError; returns normally on success.
void run_list(const ListOptions& options, const GlobalOptions& global, Context& context);

} // namespace accords::cli
