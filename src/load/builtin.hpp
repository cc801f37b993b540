#pragma once
// The timelines built into the binary (the project's timelines/ folder), embedded at build
// time with what loading them gave, so that a run neither parses nor checks them.

#include "model/event_type.hpp"
#include "util/text_place.hpp"

#include <cstdint>
#include <span>
#include <string_view>

namespace accords::load {

// One embedded file (tools/gen_builtin.cpp), for diagnostics and for tests.
struct BuiltinFile {
  std::string_view name;  // "builtin:timelines/<path>"
  std::string_view bytes; // the file's content
};

// A text of the tables, as its place in builtin_texts() (views would be 1000 relocations).
using BuiltinText = util::TextPlace;

// A list of texts of the tables, as its place in builtin_lists().
struct BuiltinList {
  std::uint32_t offset;
  std::uint32_t size;
};

// A treaty as loading every embedded file gave it.
struct BuiltinTreaty {
  BuiltinText id;
  BuiltinText name;
  BuiltinText summary; // may be absent
  BuiltinText url;     // may be absent
  BuiltinList aliases;
  std::uint32_t file; // where it is defined: builtin_files()[file], line, column
  int line;
  int column;
};

// An event as loading every embedded file gave it (its treaty resolved).
struct BuiltinEvent {
  BuiltinText id;
  BuiltinText treaty;
  BuiltinText date; // as written
  BuiltinText end;  // as written; may be absent
  model::EventType type;
  BuiltinList parties;
  BuiltinList mediators;
  BuiltinText title;
  BuiltinText place; // may be absent
  BuiltinList sources;
  BuiltinText notes; // may be absent
  BuiltinList tags;
  std::uint32_t file; // where its mapping starts: builtin_files()[file], line, column
  int line;
  int column;
};

// Every embedded file, in byte-wise sorted path order.
[[nodiscard]] std::span<const BuiltinFile> builtin_files();
// The bytes of every text of the tables.
[[nodiscard]] std::string_view builtin_texts();
// The texts of every list of the tables.
[[nodiscard]] std::span<const std::string_view> builtin_lists();
// The treaties loading every embedded file in that order gave, in load order.
[[nodiscard]] std::span<const BuiltinTreaty> builtin_treaties();
// The events loading every embedded file in that order gave, in load order.
[[nodiscard]] std::span<const BuiltinEvent> builtin_events();

} // namespace accords::load
