#pragma once
// Checking the new text of a timeline file before it is written (add, import): the file as it
// would be, loaded with the rest of the data it belongs to.

#include "cli/context.hpp"
#include "cli/options.hpp"
#include "load/load.hpp"

#include <string>

namespace accords::cli {

// When the built-in timelines are loaded with a file and no data paths.
enum class Builtin {
  when_named, // when the file names a treaty it does not define
  always,     // also when it names none yet (add --treaty on a file that does not define it)
};

// Loads `text` as the file `path` together with the other data it is used with: the data
// paths (--data, else $ACCORDS_PATH) with `path`'s own file, if among them, replaced by
// `text`; with no data paths, the file alone, or with the built-in timelines as `builtin`
// says. Prints nothing: the diagnostics and the paths that could not be read are in what it
// returns.
[[nodiscard]] load::Loaded read_candidate(const std::string& path, std::string text, const GlobalOptions& global,
                                          Context& context, Builtin builtin = Builtin::when_named);

// read_candidate, then every diagnostic and each path that cannot be read printed on
// `context.err`; throws DataError when there is any error, so that nothing is written.
[[nodiscard]] load::Loaded load_candidate(const std::string& path, std::string text, const GlobalOptions& global,
                                          Context& context, Builtin builtin = Builtin::when_named);

// Prints the paths of `loaded` that could not be read and its diagnostics on `context.err`;
// throws DataError when there is any error.
void report_candidate(const load::Loaded& loaded, Context& context);

} // namespace accords::cli
