#pragma once
// What parsing one timeline file gives: its treaty, its events, and what the checks across
// files need of every event it holds, kept or not.

#include "load/diagnostic.hpp"
#include "model/day_window.hpp"
#include "model/entity.hpp"
#include "model/event.hpp"
#include "model/location.hpp"
#include "model/text_store.hpp"
#include "model/treaty.hpp"

#include <cstdint>
#include <deque>
#include <memory>
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

// A party code written in a file that is neither an ISO 3166-1 code nor anything else the
// file alone can tell: the entities of every file loaded decide whether it names one.
struct CodeUse {
  static constexpr std::uint32_t no_event = UINT32_MAX;

  std::string_view code;          // in the file's text store
  std::string_view key;           // the key it is written under ("parties", "mediators", "from"), in the store
  int line = 0;                   // where it is written
  int column = 0;                 //
  std::uint32_t event = no_event; // the event it is written in, as its place in FileContent::heads
};

// One event of a file as the checks across files see it, whether the event is kept or not:
// its id, its own `treaty` key and where they are written.
struct EventHead {
  static constexpr std::uint32_t not_kept = UINT32_MAX;

  std::string_view id;     // in the file's text store
  std::string_view treaty; // its own `treaty` key, or empty
  int line = 0;            // where the event mapping starts
  int column = 0;
  int id_line = 0; // where its id is written
  int id_column = 0;
  int treaty_line = 0; // where its own `treaty` key's value is written, if it has one
  int treaty_column = 0;
  std::uint32_t kept = not_kept; // its place in FileContent::events, when kept
};

// What one file holds.
struct FileContent {
  std::optional<model::Treaty> treaty;      // a treaty defined by this file
  std::optional<TreatyRef> default_treaty;  // the file's `treaty` (defined here or referenced)
  std::optional<std::string> broken_treaty; // id of a treaty defined here with errors (already reported)
  // True when the file's `treaty` has errors (already reported): its events without a
  // `treaty` key of their own are left out without another error.
  bool treaty_broken = false;
  std::vector<model::Entity> entities; // the entities the file defines, valid ones only, in file order
  std::vector<CodeUse> entity_codes;   // codes that only an entity can make valid, in file order
  std::deque<EventHead> heads;         // every valid event the file holds, in file order
  // The events kept (all of them, unless keep_only left some out), in file order, each with
  // every field; `treaty` is the event's own key until the event is linked. A deque grows
  // without moving what it holds.
  std::deque<model::Event> events;
  model::TextStore text; // the texts the events, heads and treaty references view

  // Adds `event`, kept, with its `head` (whose `kept` this sets).
  void add_event(model::Event&& event, EventHead head) {
    head.kept = static_cast<std::uint32_t>(events.size());
    heads.push_back(head);
    events.push_back(std::move(event));
  }
  // Adds an event that is not kept, as its head.
  void add_head(EventHead head) {
    head.kept = EventHead::not_kept;
    heads.push_back(head);
  }
  // Leaves out the events whose interval `days` does not admit; their heads stay.
  void keep_only(const model::DayWindow& days);
};

// What parsing one file gave: nullopt content when it had no usable YAML tree.
struct FileReading {
  std::shared_ptr<const std::string> path; // the file's name, as its locations give it
  std::optional<FileContent> content;
  Diagnostics diagnostics; // every problem found in the file itself, in the order recorded
};

} // namespace accords::load
