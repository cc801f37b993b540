#pragma once
// Prints loader diagnostics as a compiler does.

#include "load/diagnostic.hpp"
#include "load/loader.hpp"

#include <ostream>
#include <vector>

namespace accords::cli {

// Writes each diagnostic, sorted by file, line and column, as "path:line:col: error: message".
// With `show_source`, the offending line of the file and a caret under the column follow.
void print_diagnostics(std::ostream& err, const load::Diagnostics& diagnostics,
                       const std::vector<load::SourceText>& sources, bool show_source);

} // namespace accords::cli
