#pragma once
// A timeline file's bytes, shared, so that what is read from them may view them instead of
// copying them, for as long as it keeps them. A regular file of min_mapped_bytes or more is
// mapped instead of read: its bytes are the kernel's page cache, a pass over them gives back
// the pages it has finished with, and what is read from them is copied, so that a run never
// holds a private copy of its input.

#include "util/mapped_file.hpp"
#include "util/text.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accords::load {

// Gives back the memory of `part`, bytes a reader has gone past (see SourceBytes::release).
using Release = std::function<void(std::string_view part)>;

// The bytes of one source: owned and shared, mapped from a file, or static (the built-in data).
class SourceBytes {
public:
  // Regular files of at least this size (the smallest that is cached) are mapped; smaller
  // ones are read: mapping would cost a page and a fault each. Measured over 1000 files of
  // 40 KB: peak RSS 2.51x -> 2.10x the input cold, 2.49x -> 1.94x warm, as fast.
  static constexpr std::size_t min_mapped_bytes = std::size_t{4} << 10;

  // No bytes.
  SourceBytes() = default;
  // Takes `bytes` over.
  SourceBytes(std::string bytes) // NOLINT(google-explicit-constructor): written as a string in aggregates
  {
    auto owned = std::make_shared<const std::string>(std::move(bytes));
    view_ = *owned;
    owner_ = std::move(owned);
  }
  // A copy of `bytes`.
  SourceBytes(const char* bytes) : SourceBytes(std::string(bytes)) {} // NOLINT(google-explicit-constructor)
  // Bytes that live as long as the program (the built-in data): viewed, never copied.
  [[nodiscard]] static SourceBytes static_bytes(std::string_view bytes) {
    SourceBytes source;
    source.view_ = bytes;
    return source;
  }
  // The regular file at `path`, mapped, when it holds 1 to `max_size` bytes and the system
  // maps it; nullopt otherwise (the caller reads it instead).
  [[nodiscard]] static std::optional<SourceBytes> map_file(const std::filesystem::path& path, std::size_t max_size) {
    auto mapping = std::make_shared<const util::MappedFile>(path, max_size, /*populate=*/false);
    if (mapping->bytes().empty()) {
      return std::nullopt;
    }
    SourceBytes source;
    source.view_ = mapping->bytes();
    source.mapping_ = mapping.get();
    source.owner_ = std::move(mapping);
    return source;
  }

  [[nodiscard]] std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; } // NOLINT(google-explicit-constructor)
  [[nodiscard]] std::size_t size() const { return view_.size(); }
  [[nodiscard]] bool empty() const { return view_.empty(); }
  // What keeps the bytes alive; null for static bytes and for none.
  [[nodiscard]] const std::shared_ptr<const void>& owner() const { return owner_; }
  // Whether the bytes are a mapped file: then what is read from them is copied, not viewed,
  // so that their pages can be given back once read.
  [[nodiscard]] bool mapped() const { return mapping_ != nullptr; }
  // Gives the whole pages of `part` (a part of these bytes) back to the kernel when they are
  // mapped (they stay readable); nothing happens to bytes in memory.
  void release(std::string_view part) const {
    if (mapping_ != nullptr) {
      mapping_->release(part);
    }
  }
  // False when the mapped file has been written to since it was mapped (MappedFile::unchanged);
  // true for bytes in memory.
  [[nodiscard]] bool unchanged() const { return mapping_ == nullptr || mapping_->unchanged(); }

  friend bool operator==(const SourceBytes& bytes, std::string_view other) { return bytes.view_ == other; }

private:
  std::shared_ptr<const void> owner_;
  const util::MappedFile* mapping_ = nullptr; // owner_, for a mapped file
  std::string_view view_;
};

// Gives back the pages of mapped bytes that a pass through them has left behind: told of each
// text it reads from them, in about the order of the bytes, it gives back what lies more than
// a mebibyte behind the furthest one, a mebibyte or more at a time. Nothing for bytes in
// memory; pages given back are read again if touched, so a text read out of order costs time,
// never correctness.
class ReleaseBehind {
public:
  explicit ReleaseBehind(const SourceBytes& bytes) : bytes_(bytes) {}

  // Notes that the pass has read `text` (which may lie elsewhere: then nothing happens).
  void passed(std::string_view text) {
    const auto whole = bytes_.view();
    if (!bytes_.mapped() || !util::lies_in(whole, text)) {
      return;
    }
    const auto end = static_cast<std::size_t>(text.data() - whole.data()) + text.size();
    if (end >= released_ + 2 * slack_bytes) {
      bytes_.release(whole.substr(released_, end - slack_bytes - released_));
      released_ = end - slack_bytes;
    }
  }

private:
  static constexpr std::size_t slack_bytes = std::size_t{1} << 20;

  const SourceBytes& bytes_;
  std::size_t released_ = 0; // bytes before this offset were given back
};

} // namespace accords::load
