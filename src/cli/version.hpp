#pragma once
// The program's version, from the CMake project version.

#include <string_view>

namespace accords::cli {

// "X.Y.Z".
[[nodiscard]] std::string_view version();

} // namespace accords::cli
