#pragma once
// Prints loader diagnostics as a compiler does.

#include "load/diagnostic.hpp"
#include "load/source/source.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace accords::cli {

// Writes each stored diagnostic, sorted by file, line and column, as "path:line:col: error:
// message". With `show_source`, the offending line of the file and a caret under the column
// follow. When some were counted but not stored, not_listed_line() ends the list.
void print_diagnostics(std::ostream& err, const load::Diagnostics& diagnostics,
                       const std::vector<load::Source>& sources, bool show_source);

// "accords: error: 5 more problems not shown (4 errors, 1 warning): only the first 1000 found are
// listed" ("warning" when only warnings were left out); nullopt when every one is stored.
[[nodiscard]] std::optional<std::string> not_listed_line(const load::Diagnostics& diagnostics);

} // namespace accords::cli
