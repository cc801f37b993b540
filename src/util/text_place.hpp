#pragma once
// A text of a table made at build time, as its place in one array of texts. Such tables hold
// places, not views: the dynamic loader would write every view's address at each start.

#include <cstdint>
#include <string_view>

namespace accords::util {

// `size` bytes at `offset` of the table's texts, or no text at all.
struct TextPlace {
  static constexpr std::uint32_t absent = 0xFFFFFFFF; // the size of a text there is not
  std::uint32_t offset;
  std::uint32_t size;

  // Whether there is a text.
  [[nodiscard]] constexpr bool present() const { return size != absent; }
  // The text in `texts`, the array it is a place in (present() must be true).
  [[nodiscard]] constexpr std::string_view in(std::string_view texts) const { return texts.substr(offset, size); }
};

} // namespace accords::util
