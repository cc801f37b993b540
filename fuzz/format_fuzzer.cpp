// libFuzzer target: any bytes as one timeline file through accords fmt (edit::format_file),
// in the file's order and with --sort. Beyond not crashing: when a file without errors is
// formatted (not refused), the formatted text must load without errors to the same fields
// (edit::file_fields; with --sort, the same events in any order), and formatting it again
// must give exactly the same bytes, with no refusal. A break of either stops the run.

#include "edit/file_fields.hpp"
#include "edit/format_file.hpp"
#include "load/parse_sources.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

namespace {

// The fields `source` holds (its events in any order with `any_event_order`), or nullopt
// when it has errors.
std::optional<accords::edit::FileFields> fields_of(const accords::load::Source& source, bool any_event_order) {
  auto reading = std::move(accords::load::parse_sources({source}).front());
  if (reading.diagnostics.error_count() > 0 || !reading.content) {
    return std::nullopt;
  }
  auto fields = accords::edit::file_fields(*reading.content);
  if (any_event_order) {
    std::sort(fields.events.begin(), fields.events.end());
  }
  return fields;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const accords::load::Source source{"<stdin>", std::string(reinterpret_cast<const char*>(data), size), false};
  for (const bool sort : {false, true}) {
    const auto formatted = accords::edit::format_file(source, sort);
    if (!formatted.text) {
      continue; // errors in the file, or refused
    }
    const accords::load::Source again{"<stdin>", *formatted.text, false};
    const auto before = fields_of(source, sort);
    const auto after = fields_of(again, sort);
    if (!before || !after || *before != *after) {
      std::abort(); // formatted, but it does not hold what it held
    }
    const auto twice = accords::edit::format_file(again, sort);
    if (!twice.text || *twice.text != *formatted.text) {
      std::abort(); // formatting the result again changes it, or refuses it
    }
  }
  return 0;
}
