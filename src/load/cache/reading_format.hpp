#pragma once
// What the entries of the cache of parsed files are written for: a fingerprint of every
// source file that decides what parsing a timeline file gives or how it is encoded (load/,
// model/, util/ and the country table), made when accords is built. An entry written by a
// build of other sources is ignored, so that no change to the checks or to the codec can
// bring back a reading that the program would no longer give.

#include <string_view>

namespace accords::load {

// The fingerprint: 64 hexadecimal digits.
[[nodiscard]] std::string_view reading_format();

} // namespace accords::load
