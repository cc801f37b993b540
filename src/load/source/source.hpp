#pragma once
// A source: the bytes of one timeline file and the name diagnostics give it. The bytes are
// held in memory, static (the built-in files), or a mapped regular file, whose pages a
// reader gives back behind it so that a large input is never all in memory at once.

#include "load/source/mapped_file.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accords::load {

// The bytes of one source, shared by copies.
class SourceBytes {
public:
  // Regular files of at least this size are mapped; smaller ones are read, as mapping would
  // cost them a page and a fault each.
  static constexpr std::size_t min_mapped_bytes = std::size_t{4} << 10;

  // No bytes.
  SourceBytes() = default;
  // Takes `bytes` over (implicit: sources are written as strings in tests and aggregates).
  SourceBytes(std::string bytes) // implicit
  {
    auto owned = std::make_shared<const std::string>(std::move(bytes));
    view_ = *owned;
    owner_ = std::move(owned);
  }
  // A copy of `bytes`.
  SourceBytes(const char* bytes) : SourceBytes(std::string(bytes)) {} // implicit
  // Bytes that live as long as the program (the built-in files): viewed, never copied.
  [[nodiscard]] static SourceBytes static_bytes(std::string_view bytes) {
    SourceBytes source;
    source.view_ = bytes;
    return source;
  }
  // The regular file at `path`, mapped, when it holds 1 to `max_size` bytes and the system
  // maps it; nullopt otherwise (the caller reads it instead).
  [[nodiscard]] static std::optional<SourceBytes> map_file(const std::filesystem::path& path, std::size_t max_size) {
    auto mapping = std::make_shared<const MappedFile>(path, max_size);
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
  [[nodiscard]] std::size_t size() const { return view_.size(); }
  // Whether the bytes are a mapped file.
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
  std::shared_ptr<const void> owner_;   // the string or the mapping; null for static bytes
  const MappedFile* mapping_ = nullptr; // owner_, for a mapped file
  std::string_view view_;
};

// One timeline file to load.
struct Source {
  std::string name;       // e.g. "timelines/a.yaml", "builtin:timelines/a.yaml" or "<stdin>"
  SourceBytes bytes;      // its content
  bool cacheable = false; // a regular file, whose reading may be kept in the cache of parsed files
};

} // namespace accords::load
