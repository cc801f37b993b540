#pragma once
// Paths to sources: files, directories searched for timeline files, and standard input.

#include "load/source/source.hpp"

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace accords::load {

// The data paths to read: `given` if any, else the non-empty entries of `accords_path`
// (colon-separated, as in $ACCORDS_PATH), else none (meaning the built-in timelines).
[[nodiscard]] std::vector<std::string> choose_data_paths(const std::vector<std::string>& given,
                                                         const std::optional<std::string>& accords_path);

// The sources a set of paths holds, and the paths that could not be read.
struct Opened {
  std::vector<Source> sources;       // in order: paths as given, directories in byte-wise sorted order
  std::vector<std::string> errors;   // "cannot read 'PATH': reason", one per failure
  std::vector<std::string> warnings; // files a directory holds that are not read, and directories
                                     // without a timeline file
};

// Opens every path: a file (a regular file of SourceBytes::min_mapped_bytes or more is
// mapped, anything else read); a directory, searched recursively for *.yaml/*.yml (in any
// case) with hidden files and folders skipped, and files that are not regular files (FIFOs,
// sockets, devices) skipped with a warning; or "-" for `standard_input` (named "<stdin>"). Bytes past
// the limits of limits.hpp are never read.
[[nodiscard]] Opened open_sources(const std::vector<std::string>& paths, std::istream& standard_input);

} // namespace accords::load
