#pragma once
// A compact binary form of what reading one timeline file gives (its content and its own
// diagnostics), for the parse cache. Decoding checks every length and value, so a damaged
// or foreign entry is refused, never misread.

#include "load/diagnostic.hpp"
#include "load/document_reader.hpp"
#include "model/day_window.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accords::load {

// What reading one file gave: nullopt content when it had no usable tree.
struct FileReading {
  std::optional<FileContent> content;
  Diagnostics diagnostics; // every problem found in the file itself, in the order recorded
};

// Receives the encoded bytes piece after piece.
using EncodedWriter = std::function<void(std::string_view piece)>;

// Hands the bytes of `reading` to `write` in pieces of about a mebibyte, so that no copy of
// the whole encoding is ever held; every location in it is taken to be in the same file.
// Its content holds every event read: none skipped (FileContent::leave_out).
// A text that lies in `source` (the bytes of the file read, whose events view them) is
// written as its place there: decoding needs the same bytes.
void encode_file_reading(const FileReading& reading, std::string_view source, const EncodedWriter& write);

// The bytes of `reading`, whole.
[[nodiscard]] std::string encode_file_reading(const FileReading& reading, std::string_view source = {});

// The reading encoded in `bytes`, with every location in `path`, for the file whose bytes
// are `source` (the same bytes it was encoded with); nullopt when `bytes` is not exactly
// what encode_file_reading writes. The content's texts view `source`, which its text store
// keeps, or are copies (always, when `source` is a mapped file, whose pages are given back
// behind them): `bytes` may be dropped as soon as this returns. With a `release`,
// the bytes decoded are handed to it about a mebibyte at a time. With `days`, the events it
// does not admit are skipped (FileContent::skipped), their texts neither copied nor viewed
// but for their ids and treaties, as FileContent::leave_out would leave them.
[[nodiscard]] std::optional<FileReading> decode_file_reading(std::string_view bytes,
                                                             const std::shared_ptr<const std::string>& path,
                                                             const SourceBytes& source = {},
                                                             const Release& release = {},
                                                             const std::optional<model::DayWindow>& days = {});

} // namespace accords::load
