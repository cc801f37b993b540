#pragma once
// Reads one parsed timeline document into a treaty definition and events, checking every
// key and value against the format (timeline-format.md) and reporting each problem.

#include "load/diagnostic.hpp"
#include "load/source_bytes.hpp"
#include "load/yaml_tree.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::load {

// A treaty id as written somewhere, kept with its place for "undefined treaty" errors.
struct TreatyRef {
  std::string_view id; // in the file's text store
  model::Location where;
};

// Where an event read from a file names itself and its treaty, for the checks across files.
struct EventOrigin {
  std::optional<TreatyRef> treaty_ref; // the event's own `treaty` key, if written
  model::Location id_at;               // where the id is written, for duplicate-id errors
};

// What one file holds.
struct FileContent {
  std::optional<model::Treaty> treaty;     // a treaty defined by this file
  std::optional<TreatyRef> default_treaty; // the file's `treaty` (defined here or referenced)
  // Valid events only (invalid ones are reported), each with every field but `treaty`,
  // which is set when it is resolved against everything loaded; a deque grows without
  // moving what it holds.
  std::deque<model::Event> events;
  std::deque<EventOrigin> origins;          // origins[i] is where events[i] names itself
  std::optional<std::string> broken_treaty; // id of a treaty defined here with errors (already reported)
  // True when the file's `treaty` has errors (already reported): its events without a
  // `treaty` key of their own are left out without another error.
  bool treaty_broken = false;
  model::TextStore text; // the texts the events and treaty references view
};

// True when `id` matches [a-z0-9][a-z0-9-]*.
[[nodiscard]] bool valid_id(std::string_view id);

// Reads the document rooted at `root` of the file `path`. Every problem is added to
// `diagnostics`; events with errors are left out of the result.
[[nodiscard]] FileContent read_document(const YamlNode& root, const std::shared_ptr<const std::string>& path,
                                        Diagnostics& diagnostics);

// Parses and reads one timeline file's bytes, reading each event as soon as the parser has
// it (see parse_yaml's `events_sink`), so that memory never holds the file's whole tree.
// Gives the same content and diagnostics as parse_yaml then read_document; nullopt when
// parse_yaml gives no tree. With `two_threads`, events are read on a second thread while
// this one parses (see parse_yaml).
[[nodiscard]] std::optional<FileContent> read_file(std::string_view bytes,
                                                   const std::shared_ptr<const std::string>& path,
                                                   Diagnostics& diagnostics, bool two_threads = false);

// The same for shared bytes, which the content keeps: every text written in the file as it
// is read (a plain scalar on one line) is a view of `bytes` instead of a copy.
[[nodiscard]] std::optional<FileContent> read_shared_file(const SourceBytes& bytes,
                                                          const std::shared_ptr<const std::string>& path,
                                                          Diagnostics& diagnostics, bool two_threads = false);

} // namespace accords::load
