#pragma once
// The timelines built into the binary (the project's timelines/ folder, embedded at build time).

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

} // namespace accords::load
