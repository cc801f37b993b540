#pragma once
// Dates given on the command line: YYYY, YYYY-MM, YYYY-MM-DD, `today`, or Nd/Nw/Nm/Ny.

#include "model/date.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace accords::engine {

// Reads a DATE argument as cli.md defines it; relative forms count back from `today` and give
// a day. Returns nullopt with a one-line reason in `why` (if given) when the text is not a date.
[[nodiscard]] std::optional<model::PartialDate> parse_date_argument(std::string_view text, date::year_month_day today,
                                                                    std::string* why);

} // namespace accords::engine
