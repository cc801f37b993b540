#include "load/cache/bytes.hpp"

#include <limits>

namespace accords::load {

void ByteWriter::byte(std::uint8_t value) { out_.push_back(static_cast<char>(value)); }

void ByteWriter::number(std::uint64_t value) {
  while (value >= 0x80) {
    byte(static_cast<std::uint8_t>(value | 0x80));
    value >>= 7;
  }
  byte(static_cast<std::uint8_t>(value));
}

void ByteWriter::text(std::string_view value) {
  number(value.size());
  out_.append(value);
  if (out_.size() >= piece_bytes) {
    flush();
  }
}

void ByteWriter::flush() {
  if (!out_.empty()) {
    sink_(out_);
    out_.clear();
  }
}

std::uint8_t ByteReader::byte() {
  if (!ok_ || at_ >= in_.size()) {
    ok_ = false;
    return 0;
  }
  return static_cast<std::uint8_t>(in_[at_++]);
}

bool ByteReader::flag() {
  const auto value = byte();
  if (value > 1) {
    ok_ = false;
  }
  return value == 1;
}

std::uint64_t ByteReader::number() {
  std::uint64_t value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    const auto next = byte();
    value |= static_cast<std::uint64_t>(next & 0x7F) << shift;
    if ((next & 0x80) == 0) {
      return value;
    }
  }
  ok_ = false; // more than ten groups
  return 0;
}

int ByteReader::small_number() {
  const auto value = number();
  if (value > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
    ok_ = false;
    return 0;
  }
  return static_cast<int>(value);
}

std::size_t ByteReader::count(std::size_t min_item_bytes) {
  const auto value = number();
  if (!ok_ || value > (in_.size() - at_) / min_item_bytes) {
    ok_ = false;
    return 0;
  }
  return static_cast<std::size_t>(value);
}

std::string_view ByteReader::text() {
  const auto size = number();
  if (!ok_ || size > in_.size() - at_) {
    ok_ = false;
    return {};
  }
  const auto value = in_.substr(at_, size);
  at_ += size;
  return value;
}

} // namespace accords::load
