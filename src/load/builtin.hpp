#pragma once
// The timelines built into the binary (the project's timelines/ folder), embedded at build
// time with what reading each file gave and with what loading them all gave, so that a run
// neither parses nor checks them.

#include "model/event_type.hpp"
#include "model/optional_text.hpp"

#include <cstddef>
#include <span>
#include <string_view>

namespace accords::load {

// One embedded file, with what reading it gave at build time (tools/gen_builtin.cpp).
struct BuiltinFile {
  std::string_view name;    // "builtin:timelines/<path>"
  std::string_view bytes;   // the file's content
  std::string_view reading; // the FileReading of `bytes`, in file_codec's form
};

// A treaty as loading every embedded file gave it.
struct BuiltinTreaty {
  std::string_view id;
  std::string_view name;
  model::OptionalText summary;
  model::OptionalText url;
  std::span<const std::string_view> aliases;
  std::size_t file; // where it is defined: builtin_files()[file], line, column
  int line;
  int column;
};

// An event as loading every embedded file gave it (its treaty resolved).
struct BuiltinEvent {
  std::string_view id;
  std::string_view treaty;
  std::string_view date; // as written
  std::string_view end;  // as written; empty when there is none
  model::EventType type;
  std::span<const std::string_view> parties;
  std::span<const std::string_view> mediators;
  std::string_view title;
  model::OptionalText place;
  std::span<const std::string_view> sources;
  model::OptionalText notes;
  std::span<const std::string_view> tags;
  std::size_t file; // where its mapping starts: builtin_files()[file], line, column
  int line;
  int column;
};

// Every embedded file, in byte-wise sorted path order.
[[nodiscard]] std::span<const BuiltinFile> builtin_files();
// The treaties loading every embedded file in that order gave, in load order.
[[nodiscard]] std::span<const BuiltinTreaty> builtin_treaties();
// The events loading every embedded file in that order gave, in load order.
[[nodiscard]] std::span<const BuiltinEvent> builtin_events();

} // namespace accords::load
