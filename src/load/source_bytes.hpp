#pragma once
// A timeline file's bytes, shared, so that what is read from them may view them instead of
// copying them, for as long as it keeps them.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace accords::load {

// The bytes of one source: owned and shared, or static (the built-in data).
class SourceBytes {
public:
  // No bytes.
  SourceBytes() = default;
  // Takes `bytes` over.
  SourceBytes(std::string bytes) // NOLINT(google-explicit-constructor): written as a string in aggregates
      : owner_(std::make_shared<const std::string>(std::move(bytes))), view_(*owner_) {}
  // A copy of `bytes`.
  SourceBytes(const char* bytes) : SourceBytes(std::string(bytes)) {} // NOLINT(google-explicit-constructor)
  // Bytes that live as long as the program (the built-in data): viewed, never copied;
  // `prepared` is what reading them gave at build time, in file_codec's form, if known.
  [[nodiscard]] static SourceBytes static_bytes(std::string_view bytes, std::string_view prepared = {}) {
    SourceBytes source;
    source.view_ = bytes;
    source.prepared_ = prepared;
    return source;
  }

  [[nodiscard]] std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; } // NOLINT(google-explicit-constructor)
  [[nodiscard]] std::size_t size() const { return view_.size(); }
  [[nodiscard]] bool empty() const { return view_.empty(); }
  // What keeps the bytes alive; null for static bytes and for none.
  [[nodiscard]] const std::shared_ptr<const std::string>& owner() const { return owner_; }
  // What reading the bytes gave at build time (static bytes only), or empty: decoded
  // instead of parsing them again.
  [[nodiscard]] std::string_view prepared() const { return prepared_; }

  friend bool operator==(const SourceBytes& bytes, std::string_view other) { return bytes.view_ == other; }

private:
  std::shared_ptr<const std::string> owner_;
  std::string_view view_;
  std::string_view prepared_;
};

} // namespace accords::load
