#pragma once
// The binary form of what parsing a timeline file gave (the payload of a cache entry) and of
// the built-in timelines as loaded (embedded in the binary at build time). Both are written
// with cache/bytes: a number is LEB128, a text its size then its bytes, a flag one byte (0 or
// 1). Every location is a line and a column, in the file the decoder is told of.
//
// A file reading:
//   number of diagnostics, each: severity (0 error, 1 warning), line, column, message
//   flag: the file had a usable tree; if set:
//     number of entities, each an entity record
//     number of codes only an entity can make valid, each: code, key, line, column, and 0
//       or 1 + the number of the event it is written in
//     flag: it defines a treaty; if set, a treaty record
//     flag: it has a default treaty; if set: its id, line, column
//     flag: it defines a treaty with errors; if set: that treaty's id
//     flag: its `treaty` has errors
//     number of events, each an event record then: line, column of the event, line, column
//       of its id, and, when its `treaty` field is not empty, line, column of that
// The built-in timelines as loaded:
//   number of files, each: its name
//   number of entities, each: the number of its file, an entity record
//   number of treaties, each: the number of its file, a treaty record
//   number of events, each: the number of its file, an event record (its treaty resolved),
//     line, column of the event
// An event record is every field of visit_event_fields in its order, a treaty record every
// field of visit_treaty_fields then line, column, an entity record every field of
// visit_entity_fields then line, column. A field is written by its type: a text as a
// text; an optional text as a flag, then the text if set; a list of texts as a number, then
// each text; a date as the text it was written as; an optional date as a flag, then the
// date if set; an event type as its number (model::EventType); how a treaty is joined as its
// number (model::JoinedBy).
//
// Decoding checks every length, count and value, so that bytes that are not what encoding
// wrote are refused, never misread.

#include "load/file_content.hpp"
#include "load/link.hpp"
#include "model/day_window.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::load {

// Hands the encoding of `reading` to `write` in pieces of about a mebibyte, so that no copy
// of the whole encoding is held. Every event of its content must be kept (see
// FileContent::keep_only): an entry holds all of them.
void encode_file_reading(const FileReading& reading, const std::function<void(std::string_view piece)>& write);

// The encoding of `reading`, whole.
[[nodiscard]] std::string encode_file_reading(const FileReading& reading);

// The reading encoded in `bytes`, its locations in `path`; nullopt when `bytes` is not exactly
// what encode_file_reading writes. Its texts are copies: `bytes` may go as soon as this
// returns, and the bytes decoded are handed to `release`, if any, about a mebibyte at a time.
// With `days`, the events it does not admit are left out as FileContent::keep_only leaves
// them, none of their texts copied but their ids and treaties.
[[nodiscard]] std::optional<FileReading>
decode_file_reading(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                    const std::optional<model::DayWindow>& days = {},
                    const std::function<void(std::string_view part)>& release = {});

// The encoding of a loaded timeline without diagnostics, its locations in the files named
// `files` (every location of `loaded` must be in one of them).
[[nodiscard]] std::string encode_loaded(const LoadResult& loaded, const std::vector<std::string>& files);

// Whether decoded texts may view the bytes they are decoded from.
enum class Texts {
  copied, // the bytes may go as soon as decoding returns
  viewed, // the bytes live as long as the program (the built-in data)
};

// The loaded timeline encoded in `bytes`, keeping the events `days` admits (all without
// one), numbered in load order, their texts copied or viewing `bytes` as `texts` says;
// nullopt when `bytes` is not exactly what encode_loaded writes.
[[nodiscard]] std::optional<LoadResult>
decode_loaded(std::string_view bytes, const std::optional<model::DayWindow>& days = {}, Texts texts = Texts::copied);

} // namespace accords::load
