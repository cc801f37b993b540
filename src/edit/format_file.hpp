#pragma once
// One timeline file put in the canonical layout (accords fmt), checked to hold exactly what it
// held before.

#include "load/diagnostic.hpp"
#include "load/source/source.hpp"

#include <optional>
#include <string>

namespace accords::edit {

// What formatting one file gave.
struct Formatted {
  std::optional<std::string> text; // the canonical text; nullopt when the file was not formatted
  load::Diagnostics diagnostics;   // the file's own problems (an error: it is not formatted)
  std::string refusal;             // why a file without errors was not formatted, or ""
};

// `source` in the canonical layout (canonical_yaml), its events in timeline order with `sort`.
// A file with errors is not formatted; nor is one whose canonical text would hold anything
// other than what it holds (its treaty, entities and every field of every event, its comments),
// which is checked by reading the new text back.
[[nodiscard]] Formatted format_file(const load::Source& source, bool sort);

} // namespace accords::edit
