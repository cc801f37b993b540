#pragma once
// Loading timeline data, the one way in: from paths (files, directories, standard input) or
// the built-in timelines to a checked list of treaties and events with every problem found.
//
// The stages, each a folder or file of load/: source/ opens the paths into sources (bytes
// with a name); parse/ turns each source's bytes into a FileContent (byte checks, a YAML tree
// with positions, the schema); cache/ keeps what parsing a file gave between runs; link
// checks the files against each other (ids, treaty references) and makes one LoadResult.

#include "load/diagnostic.hpp"
#include "load/link.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace accords::load {

// What to load.
struct LoadRequest {
  std::vector<std::string> paths;         // files, directories, "-"; none (and no `sources`): the built-in timelines
  std::istream* standard_input = nullptr; // what "-" reads
  std::optional<std::filesystem::path> cache_directory; // the cache of parsed files, if any
  // Keep only the events this window admits (every event is checked all the same, so the
  // diagnostics do not change); all of them without one.
  std::optional<model::DayWindow> days;
  // Sources already in memory (files read from git), loaded after those of `paths`.
  std::vector<Source> sources;
};

// What was loaded.
struct Loaded {
  LoadResult result;                   // the treaties, the events, every diagnostic
  std::vector<Source> sources;         // every file read, in load order, for printing diagnostics
  std::vector<std::string> unreadable; // "cannot read 'PATH': reason", one per path that could not be read
  std::vector<std::string> skipped;    // what the directories held that was not read (open.hpp)
};

// Loads what `request` names. Never throws on bad input: every problem is a diagnostic or
// an unreadable path.
[[nodiscard]] Loaded load(const LoadRequest& request);

} // namespace accords::load
