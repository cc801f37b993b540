#pragma once
// Sources to readings: each file parsed, or its reading taken from the cache of parsed
// files, several files at once on a machine with several cores.

#include "load/cache/parse_cache.hpp"
#include "load/file_content.hpp"
#include "load/parse/yaml_tree.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <optional>
#include <vector>

namespace accords::load {

// What each of `sources` holds, in their order. With a `cache`, the reading of a cacheable
// source of at least ParseCache::min_file_bytes is taken from it when its bytes are
// unchanged, and kept in it otherwise; the result is the same either way. With `days`, each
// content keeps only the events the window admits (FileContent::keep_only). A mapped file
// written to while it is read gives the error "the file changed while it was being read;
// run again" and nothing else. Never throws on bad input.
[[nodiscard]] std::vector<FileReading> parse_sources(const std::vector<Source>& sources,
                                                     const ParseCache* cache = nullptr,
                                                     const std::optional<model::DayWindow>& days = {});

// What `source` holds, parsed now (never from a cache), with its whole tree in `tree`
// (parse_file's whole_tree): for a command that rewrites the file.
[[nodiscard]] FileReading parse_source_with_tree(const Source& source, std::optional<YamlNode>& tree);

} // namespace accords::load
