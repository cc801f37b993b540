// libFuzzer target: any text as the value of --country, --type and a date flag, resolved as
// the command line does. The only exception allowed out is cli::UsageError (exit status 2);
// anything else escaping, or a crash, is a finding.

#include "cli/exit_status.hpp"
#include "cli/filter_args.hpp"

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  constexpr date::year_month_day today{date::year{2026} / 11 / 26};

  try {
    (void)accords::cli::resolve_country(text);
  } catch (const accords::cli::UsageError&) {
  }
  try {
    (void)accords::cli::resolve_type(text);
  } catch (const accords::cli::UsageError&) {
  }
  try {
    (void)accords::cli::resolve_date("--since", text, today);
  } catch (const accords::cli::UsageError&) {
  }
  return 0;
}
