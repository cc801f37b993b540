#pragma once
// The timelines built into the binary (the project's timelines/ folder, embedded at build time
// with what reading each file gave, so that a run decodes them instead of parsing them).

#include <span>
#include <string_view>

namespace accords::load {

// One embedded file, with what reading it gave at build time (tools/gen_builtin.cpp).
struct BuiltinFile {
  std::string_view name;    // "builtin:timelines/<path>"
  std::string_view bytes;   // the file's content
  std::string_view reading; // the FileReading of `bytes`, in file_codec's form
};

// Every embedded file, in byte-wise sorted path order.
[[nodiscard]] std::span<const BuiltinFile> builtin_files();

} // namespace accords::load
