#pragma once
// Stable storage for the text the model's string views point at: copies packed into blocks,
// so that no text is an allocation of its own.

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace accords::model {

// Owns text for string views; views it hands out stay valid as long as the store or any
// store it is moved or absorbed into. Moving a store never moves the bytes.
class TextStore {
public:
  TextStore() = default;
  TextStore(TextStore&&) noexcept = default;
  TextStore& operator=(TextStore&&) noexcept = default;
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  // A copy of `text` that lives as long as the store.
  [[nodiscard]] std::string_view copy(std::string_view text);
  // A copy of the list of views `items` (the texts they view are not copied).
  [[nodiscard]] std::span<const std::string_view> copy_list(std::span<const std::string_view> items);
  // A copy of the list of views `items` that view copies of their texts.
  [[nodiscard]] std::span<const std::string_view> copy_texts(std::span<const std::string_view> items);
  // Takes over everything `other` holds; views into it stay valid.
  void absorb(TextStore&& other);
  // The bytes of the blocks allocated for copies: a few KiB for a store of a few strings.
  [[nodiscard]] std::size_t allocated_bytes() const { return allocated_; }

private:
  // Room for `size` bytes aligned to `alignment`, in the current block or a new one.
  [[nodiscard]] void* allocate(std::size_t size, std::size_t alignment);

  std::vector<std::unique_ptr<std::byte[]>> blocks_; // the last one is being filled
  std::size_t used_ = 0;                             // bytes of the last block in use
  std::size_t capacity_ = 0;                         // size of the last block
  std::size_t allocated_ = 0;                        // sizes of all blocks
};

} // namespace accords::model
