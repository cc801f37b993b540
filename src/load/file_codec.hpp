#pragma once
// A compact binary form of what reading one timeline file gives (its content and its own
// diagnostics), for the parse cache. Decoding checks every length and value, so a damaged
// or foreign entry is refused, never misread.

#include "load/diagnostic.hpp"
#include "load/document_reader.hpp"

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
void encode_file_reading(const FileReading& reading, const EncodedWriter& write);

// The bytes of `reading`, whole.
[[nodiscard]] std::string encode_file_reading(const FileReading& reading);

// The reading encoded in `bytes`, with every location in `path`; nullopt when `bytes` is
// not exactly what encode_file_reading writes. The content's texts view `bytes`: its text
// store keeps `bytes_owner` (what holds them) alive, or the caller must.
[[nodiscard]] std::optional<FileReading> decode_file_reading(std::string_view bytes,
                                                             const std::shared_ptr<const std::string>& path,
                                                             std::shared_ptr<const void> bytes_owner = nullptr);

} // namespace accords::load
