#pragma once
// A cache of parsed timeline files between runs, keyed by a hash of each file's bytes
// (XXH3, 128 bits), so that unchanged files are not parsed again. An entry is written to a
// temporary file and renamed into place, so that readers never see half an entry; an entry
// that is damaged, truncated or written by another version is ignored and written again.

#include "load/file_codec.hpp"
#include "load/source_bytes.hpp"

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

// The key of `bytes` (XXH3-128), hashed a few MiB at a time, each piece released once hashed.
[[nodiscard]] ContentKey content_key(const SourceBytes& bytes);

// A cache directory and what its entries are read and written with.
class ParseCache {
public:
  // Files smaller than this are never cached: they are parsed about as fast as an entry is
  // found and read (an entry is read about 6 times faster than a 5 KB file is parsed, 12 times
  // faster than a 64 KB one).
  static constexpr std::size_t min_file_bytes = 4 * 1024;

  // A cache in `directory` (created when the first entry is written) for entries written by
  // `program_version`; entries of any other version are ignored.
  ParseCache(std::filesystem::path directory, std::string program_version);

  // The reading cached for a file with `bytes`, its locations in `path`; nullopt when there
  // is no usable entry. The content's texts view `bytes` (kept by its text store) or are
  // copies: the entry is unmapped before this returns. With `days`, the events it does not
  // admit are skipped (see decode_file_reading).
  [[nodiscard]] std::optional<FileReading> find(const SourceBytes& bytes, const ContentKey& key,
                                                const std::shared_ptr<const std::string>& path,
                                                const std::optional<model::DayWindow>& days = {}) const;

  // Keeps `reading` for files with `bytes`, encoding it straight into the entry's file (no
  // copy of the whole entry is held). A cache that cannot be written is only slower:
  // failures are ignored.
  void store(std::string_view bytes, const ContentKey& key, const FileReading& reading) const;

  // The directory entries are kept in.
  [[nodiscard]] const std::filesystem::path& directory() const { return directory_; }

private:
  [[nodiscard]] std::filesystem::path entry_path(const ContentKey& key) const;
  [[nodiscard]] std::string header(std::string_view bytes, const ContentKey& key) const;

  std::filesystem::path directory_;
  std::string program_version_;
};

// The cache directory named by the environment: $ACCORDS_CACHE_DIR, else
// $XDG_CACHE_HOME/accords, else $HOME/.cache/accords (empty values count as unset, and a
// relative XDG_CACHE_HOME is ignored, as the XDG specification says); nullopt when none is set.
[[nodiscard]] std::optional<std::filesystem::path>
default_cache_directory(const std::optional<std::string>& accords_cache_dir,
                        const std::optional<std::string>& xdg_cache_home, const std::optional<std::string>& home);

} // namespace accords::load
