#pragma once
// Where timeline data comes from: --data paths, ACCORDS_PATH, or the built-in timelines.

#include "load/loader.hpp"

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace accords::load {

// The data paths to read: `given` if any, else the non-empty entries of `accords_path`
// (colon-separated, as in $ACCORDS_PATH), else none (meaning the built-in timelines).
[[nodiscard]] std::vector<std::string> choose_data_paths(const std::vector<std::string>& given,
                                                         const std::optional<std::string>& accords_path);

// The files read for a set of data paths, and the paths that could not be read.
struct ReadResult {
  std::vector<SourceText> sources; // in order: paths as given, directories in byte-wise sorted order
  std::vector<std::string> errors; // "cannot read 'PATH': reason", one per failure
};

// Reads every data path: a file; a directory, searched recursively for *.yaml/*.yml with
// hidden files and folders skipped; or "-" for `standard_input` (named "<stdin>").
[[nodiscard]] ReadResult read_data_paths(const std::vector<std::string>& paths, std::istream& standard_input);

// The built-in timelines as sources.
[[nodiscard]] std::vector<SourceText> builtin_sources();

} // namespace accords::load
