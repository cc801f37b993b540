#pragma once
// A cache of parsed timeline files between runs, keyed by a hash of each file's bytes
// (XXH3, 128 bits), so that unchanged files are not parsed again. An entry is written to a
// temporary file and renamed into place, so that readers never see half an entry; an entry
// that is damaged, truncated or written for another reading_format() is ignored and written
// again.
//
// An entry is a header, then the payload: the encoding of the file's reading (file_codec).
// The header is the line "accords parse cache\n", then, each as 8 little-endian bytes
// before a text: the size and text of reading_format(), the two halves of the key, the
// file's size, the payload's size, and the payload's XXH3-64 checksum.

#include "load/file_content.hpp"
#include "load/source/source.hpp"
#include "model/day_window.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accords::load {

// The hash of a file's bytes that names its cache entry.
struct ContentKey {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
};

// The key of `bytes` (XXH3-128), hashed a few MiB at a time, each piece given back once hashed.
[[nodiscard]] ContentKey content_key(const SourceBytes& bytes);

// A cache directory and how its entries are read and written.
class ParseCache {
public:
  // Files smaller than this are never cached: they are parsed about as fast as an entry is
  // found and read.
  static constexpr std::size_t min_file_bytes = std::size_t{4} << 10;

  // A cache in `directory`, created when the first entry is written.
  explicit ParseCache(std::filesystem::path directory);

  // The reading cached for a file with `bytes`, its locations in `path`; nullopt when there
  // is no usable entry. Its texts are copies: the entry is unmapped before this returns, its
  // pages given back as it is decoded. With `days`, the events it does not admit are left out
  // (see decode_file_reading).
  [[nodiscard]] std::optional<FileReading> find(const SourceBytes& bytes, const ContentKey& key,
                                                const std::shared_ptr<const std::string>& path,
                                                const std::optional<model::DayWindow>& days = {}) const;

  // Keeps `reading` for files with `bytes`, encoding it straight into the entry's file (no
  // copy of the whole entry is held). A cache that cannot be written is only slower:
  // failures are ignored.
  void store(const SourceBytes& bytes, const ContentKey& key, const FileReading& reading) const;

  // The directory entries are kept in.
  [[nodiscard]] const std::filesystem::path& directory() const { return directory_; }

private:
  [[nodiscard]] std::filesystem::path entry_path(const ContentKey& key) const;

  std::filesystem::path directory_;
};

} // namespace accords::load
