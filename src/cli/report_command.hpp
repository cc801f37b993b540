#pragma once
// `accords report`: a summary of the filtered events, for a briefing.

#include "cli/command.hpp"

#include <memory>

namespace accords::cli {

// The report command.
[[nodiscard]] std::unique_ptr<Command> make_report_command();

} // namespace accords::cli
