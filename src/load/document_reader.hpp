#pragma once
// Reads one parsed timeline document into a treaty definition and events, checking every
// key and value against the format (timeline-format.md) and reporting each problem.

#include "load/diagnostic.hpp"
#include "load/source_bytes.hpp"
#include "load/yaml_tree.hpp"
#include "model/day_window.hpp"
#include "model/event.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <cstdint>
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

// Where an event read from a file names itself and its treaty, for the checks across files;
// kept small, as a file may hold a million events (the file is the event's own).
struct EventOrigin {
  static constexpr std::uint32_t no_treaty_ref = UINT32_MAX;

  int id_line = 0; // where the id is written, for duplicate-id errors
  int id_column = 0;
  std::uint32_t treaty_ref = no_treaty_ref; // the event's own `treaty` key, if written: its place in treaty_refs
};

// An event a load left out for its dates (see FileContent::leave_out): what the checks
// across files need of it, which they make of every event read.
struct SkippedEvent {
  std::string_view id;           // in the file's text store
  std::uint32_t kept_before = 0; // how many of the file's kept events come before it
  int line = 0;                  // where the event mapping starts
  int column = 0;
  EventOrigin origin; // where it names itself and its treaty
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
  std::vector<TreatyRef> treaty_refs;       // the `treaty` keys events give themselves
  std::deque<SkippedEvent> skipped;         // events left out for their dates, in file order
  std::optional<std::string> broken_treaty; // id of a treaty defined here with errors (already reported)
  // True when the file's `treaty` has errors (already reported): its events without a
  // `treaty` key of their own are left out without another error.
  bool treaty_broken = false;
  model::TextStore text; // the texts the events and treaty references view

  // Where events[index]'s id is written.
  [[nodiscard]] model::Location id_at(std::size_t index) const {
    return {events[index].defined_at.path, origins[index].id_line, origins[index].id_column};
  }
  // The `treaty` key events[index] gives itself, or null.
  [[nodiscard]] const TreatyRef* own_treaty_ref(std::size_t index) const { return own_treaty_ref(origins[index]); }
  // The `treaty` key the event of `origin` gives itself, or null.
  [[nodiscard]] const TreatyRef* own_treaty_ref(const EventOrigin& origin) const {
    return origin.treaty_ref == EventOrigin::no_treaty_ref ? nullptr : &treaty_refs[origin.treaty_ref];
  }
  // Adds `event`, its id written at `id_at`, its own `treaty` key `treaty_ref` if any.
  void add_event(model::Event&& event, const model::Location& id_at, std::optional<TreatyRef>&& treaty_ref) {
    const auto origin = make_origin(id_at, std::move(treaty_ref));
    events.push_back(std::move(event));
    origins.push_back(origin);
  }
  // Adds an event left out: `id` (in the text store), the event starting at `defined_at`,
  // its id written at `id_at`, its own `treaty` key `treaty_ref` if any.
  void add_skipped(std::string_view id, const model::Location& defined_at, const model::Location& id_at,
                   std::optional<TreatyRef>&& treaty_ref);
  // Moves every event whose interval `days` does not admit to `skipped`.
  void leave_out(const model::DayWindow& days);
  // Copies into the text store every text that views `bytes` (the mapped file the content
  // was read from), pass after pass in file order, each giving back the pages it has left
  // behind, then all of them: afterwards nothing views `bytes`, so that printing never brings
  // the file back.
  void copy_texts_out(const SourceBytes& bytes);
  // How many events were read, kept or skipped.
  [[nodiscard]] std::size_t events_read() const { return events.size() + skipped.size(); }

private:
  // The origin of an event whose id is written at `id_at`, keeping its own `treaty_ref`.
  EventOrigin make_origin(const model::Location& id_at, std::optional<TreatyRef>&& treaty_ref) {
    EventOrigin origin{id_at.line, id_at.column};
    if (treaty_ref) {
      origin.treaty_ref = static_cast<std::uint32_t>(treaty_refs.size());
      treaty_refs.push_back(std::move(*treaty_ref));
    }
    return origin;
  }
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
// parse_yaml gives no tree.
[[nodiscard]] std::optional<FileContent>
read_file(std::string_view bytes, const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics);

// The same for shared bytes, which the content keeps: every text written in the file as it
// is read (a plain scalar on one line) is a view of `bytes` instead of a copy. The pages of
// mapped bytes are given back as the parser passes them and all at the end, so that the run
// holds the texts that are not plain, not the whole file; the caller copies the texts it
// keeps out of them (FileContent::copy_texts_out) before they are printed.
[[nodiscard]] std::optional<FileContent>
read_shared_file(const SourceBytes& bytes, const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics);

} // namespace accords::load
