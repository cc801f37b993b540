#pragma once
// The timelines built into the binary (the project's timelines/ folder, embedded at build time).

#include <cstdint>
#include <span>
#include <string_view>

namespace accords::load {

// One embedded file.
struct BuiltinFile {
  std::string_view name;  // "builtin:timelines/<path>"
  std::string_view bytes; // the file's content
};

// Every embedded file, in byte-wise sorted path order.
[[nodiscard]] std::span<const BuiltinFile> builtin_files();

// What reading one embedded file gave at build time (tools/gen_builtin.cpp).
struct BuiltinReading {
  std::string_view name;     // as BuiltinFile::name
  std::uint64_t source_hash; // XXH3-64 of the bytes read: a reading is used only for the same bytes
  std::string_view encoded;  // the FileReading, in file_codec's form
};

// The reading of every embedded file, in the order of builtin_files().
[[nodiscard]] std::span<const BuiltinReading> builtin_readings();

} // namespace accords::load
