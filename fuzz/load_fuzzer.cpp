// libFuzzer target: any bytes as one timeline file, through the loader and what the command
// line does next (ninja's misc/manifest_fuzzer.cc). Must never crash, leak or hit undefined
// behaviour; bad input only gives diagnostics.

#include "cli/diagnostic_printer.hpp"
#include "engine/timeline.hpp"
#include "load/link.hpp"
#include "load/parse_sources.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<accords::load::Source> sources{{"<stdin>", std::string(reinterpret_cast<const char*>(data), size)}};
  accords::load::LoadResult result = accords::load::link(accords::load::parse_sources(sources));

  // Diagnostics are printed with the offending source line and a caret under the column.
  std::ostringstream err;
  accords::cli::print_diagnostics(err, result.diagnostics, sources, true);

  // Valid data is sorted into the timeline, as every command does before filtering.
  if (!result.diagnostics.has_errors()) {
    const accords::engine::Timeline timeline(std::move(result.treaties), std::move(result.events),
                                             std::move(result.text));
    for (const auto& treaty : timeline.treaties()) {
      (void)timeline.find_treaty(treaty.id);
    }
  }
  return 0;
}
