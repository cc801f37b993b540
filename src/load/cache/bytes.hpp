#pragma once
// A byte writer and a byte reader for binary formats: numbers as LEB128 (7 bits a byte, low
// group first: most take one byte), texts as their size then their bytes, flags as one byte.
// The reader checks every length against what is left and fails, never misreads, on bytes
// that are not what the writer wrote.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace accords::load {

// Writes values, handing the bytes to a sink in pieces of about a mebibyte, so that no
// copy of a whole large encoding is held.
class ByteWriter {
public:
  using Sink = std::function<void(std::string_view piece)>;

  explicit ByteWriter(Sink sink) : sink_(std::move(sink)) {}

  void byte(std::uint8_t value);
  void flag(bool value) { byte(value ? 1 : 0); }
  void number(std::uint64_t value);
  void text(std::string_view value);
  // Hands what is left to the sink; call once at the end.
  void flush();

private:
  static constexpr std::size_t piece_bytes = std::size_t{1} << 20;

  Sink sink_;
  std::string out_;
};

// Reads what a ByteWriter wrote. After any read past the end or any impossible value it has
// failed, and every read gives an empty value.
class ByteReader {
public:
  explicit ByteReader(std::string_view in) : in_(in) {}

  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] bool at_end() const { return at_ == in_.size(); }
  // How many bytes have been read.
  [[nodiscard]] std::size_t offset() const { return at_; }
  // Makes the reader fail (the caller found an impossible value).
  void fail() { ok_ = false; }

  std::uint8_t byte();
  // A byte that must be 0 or 1.
  bool flag();
  std::uint64_t number();
  // A number that must fit an int (lines and columns).
  int small_number();
  // A count of items that each take at least `min_item_bytes`: refused when what is left
  // cannot hold them, so that a damaged count never makes a caller allocate for nothing.
  std::size_t count(std::size_t min_item_bytes);
  // A text; it views the input.
  std::string_view text();

private:
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

} // namespace accords::load
