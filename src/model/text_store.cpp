#include "model/text_store.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

namespace accords::model {
namespace {

// A store's first block is small, and each next one twice the last up to the largest size
// (unless one text needs more): a store holding a few strings (a small file's) stays small,
// and in a large one allocation costs nothing per string. The largest is small too, as a
// store's last block is partly empty and there is a store a file.
constexpr std::size_t first_block_bytes = std::size_t{4} << 10;
constexpr std::size_t largest_block_bytes = std::size_t{16} << 10;

} // namespace

void* TextStore::allocate(std::size_t size, std::size_t alignment) {
  auto start = (used_ + alignment - 1) / alignment * alignment;
  if (blocks_.empty() || start + size > capacity_) {
    const auto next = blocks_.empty() ? first_block_bytes : std::min(2 * capacity_, largest_block_bytes);
    capacity_ = std::max(next, size);
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(capacity_));
    allocated_ += capacity_;
    start = 0;
  }
  used_ = start + size;
  return blocks_.back().get() + start;
}

std::string_view TextStore::copy(std::string_view text) {
  if (text.empty()) {
    return {};
  }
  auto* bytes = static_cast<char*>(allocate(text.size(), 1));
  std::memcpy(bytes, text.data(), text.size());
  return {bytes, text.size()};
}

std::span<const std::string_view> TextStore::copy_list(std::span<const std::string_view> items) {
  if (items.empty()) {
    return {};
  }
  auto* views = static_cast<std::string_view*>(allocate(items.size_bytes(), alignof(std::string_view)));
  std::uninitialized_copy(items.begin(), items.end(), views);
  return {views, items.size()};
}

std::span<const std::string_view> TextStore::copy_texts(std::span<const std::string_view> items) {
  if (items.empty()) {
    return {};
  }
  auto* views = static_cast<std::string_view*>(allocate(items.size_bytes(), alignof(std::string_view)));
  for (std::size_t index = 0; index < items.size(); ++index) {
    std::construct_at(views + index, copy(items[index]));
  }
  return {views, items.size()};
}

void TextStore::absorb(TextStore&& other) {
  allocated_ += other.allocated_;
  if (blocks_.empty()) { // keep filling the other's last block
    std::swap(blocks_, other.blocks_);
    used_ = other.used_;
    capacity_ = other.capacity_;
  } else { // this store's last block stays the one being filled
    blocks_.insert(blocks_.end() - 1, std::make_move_iterator(other.blocks_.begin()),
                   std::make_move_iterator(other.blocks_.end()));
  }
  other = TextStore();
}

} // namespace accords::model
