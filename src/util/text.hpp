#pragma once
// Small ASCII text helpers shared by every layer.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace accords::util {

// The text with ASCII letters lowered; other bytes are kept.
[[nodiscard]] std::string ascii_lower(std::string_view text);
// True when the two texts are equal ignoring ASCII case.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);
// True when `needle` occurs in `haystack` ignoring ASCII case (an empty needle always does).
[[nodiscard]] bool icontains(std::string_view haystack, std::string_view needle);
// True when `text` lies inside `bytes` (views some of the very same bytes).
[[nodiscard]] bool lies_in(std::string_view bytes, std::string_view text);

// The items joined with `separator`.
[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator);
// The viewed items joined with `separator`.
[[nodiscard]] std::string join(std::span<const std::string_view> items, std::string_view separator);
// The text split at each `separator` (an empty text gives one empty item).
[[nodiscard]] std::vector<std::string> split(std::string_view text, char separator);
// The text without the spaces, tabs and line ends at its ends.
[[nodiscard]] std::string_view trim(std::string_view text);

} // namespace accords::util
