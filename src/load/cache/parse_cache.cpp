#include "load/cache/parse_cache.hpp"

#include "load/cache/file_codec.hpp"
#include "load/cache/reading_format.hpp"
#include "load/source/mapped_file.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <new>
#include <random>
#include <unistd.h>

namespace accords::load {
namespace fs = std::filesystem;
namespace {

// The first bytes of every entry.
constexpr std::string_view entry_magic = "accords parse cache\n";
// After the header: the payload's size and its XXH3-64 checksum, 8 bytes each.
constexpr std::size_t payload_fields_bytes = 16;

// Appends `value` as 8 little-endian bytes.
void append_u64(std::string& out, std::uint64_t value) {
  for (int shift = 0; shift < 64; shift += 8) {
    out.push_back(static_cast<char>(static_cast<unsigned char>(value >> shift)));
  }
}

// Reads 8 little-endian bytes at `at`.
std::uint64_t read_u64(std::string_view bytes, std::size_t at) {
  std::uint64_t value = 0;
  for (int index = 7; index >= 0; --index) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(index)]);
  }
  return value;
}

// Writes all of `bytes` to `fd`.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// A hash function's state, made ready for a new input.
std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> hash_state(XXH_errorcode (*reset)(XXH3_state_t*)) {
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
  if (state == nullptr || reset(state.get()) != XXH_OK) {
    throw std::bad_alloc();
  }
  return state;
}

// Hands `bytes` to `hash` 4 MiB at a time, each piece to `release` once hashed, so that the
// pages of a mapped file are never all in memory at once.
template <typename Hash, typename Release> void hash_in_pieces(std::string_view bytes, Hash hash, Release release) {
  constexpr std::size_t piece_bytes = std::size_t{4} << 20;
  for (std::size_t offset = 0; offset < bytes.size(); offset += piece_bytes) {
    const auto piece = bytes.substr(offset, piece_bytes);
    hash(piece);
    release(piece);
  }
}

// The magic, the reading format, the key and the file's size: an entry is used only when all
// of them match, so a hash collision would also need files of the same size.
std::string entry_header(std::string_view bytes, const ContentKey& key) {
  std::string out(entry_magic);
  append_u64(out, reading_format().size());
  out += reading_format();
  append_u64(out, key.high);
  append_u64(out, key.low);
  append_u64(out, bytes.size());
  return out;
}

} // namespace

ContentKey content_key(const SourceBytes& bytes) {
  const auto state = hash_state(XXH3_128bits_reset);
  hash_in_pieces(
      bytes.view(), [&](std::string_view piece) { XXH3_128bits_update(state.get(), piece.data(), piece.size()); },
      [&](std::string_view piece) { bytes.release(piece); });
  const auto hash = XXH3_128bits_digest(state.get());
  return {hash.high64, hash.low64};
}

ParseCache::ParseCache(fs::path directory) : directory_(std::move(directory)) {}

fs::path ParseCache::entry_path(const ContentKey& key) const {
  return directory_ / fmt::format("{:016x}{:016x}.parsed", key.high, key.low);
}

std::optional<FileReading> ParseCache::find(const SourceBytes& bytes, const ContentKey& key,
                                            const std::shared_ptr<const std::string>& path,
                                            const std::optional<model::DayWindow>& days) const {
  const auto expected = entry_header(bytes.view(), key);
  // An entry is never much larger than the file it holds (see file_codec).
  const MappedFile mapped(entry_path(key), expected.size() + payload_fields_bytes + 4 * bytes.size() + (1 << 20));
  const auto entry = mapped.bytes();
  if (entry.size() < expected.size() + payload_fields_bytes || entry.substr(0, expected.size()) != expected) {
    return std::nullopt;
  }
  const auto payload_size = read_u64(entry, expected.size());
  const auto checksum = read_u64(entry, expected.size() + 8);
  const auto payload = entry.substr(expected.size() + payload_fields_bytes);
  if (payload.size() != payload_size) {
    return std::nullopt;
  }
  mapped.release(entry.substr(0, expected.size() + payload_fields_bytes));
  const auto state = hash_state(XXH3_64bits_reset);
  hash_in_pieces(
      payload, [&](std::string_view piece) { XXH3_64bits_update(state.get(), piece.data(), piece.size()); },
      [&](std::string_view piece) { mapped.release(piece); }); // read again as it is decoded
  if (XXH3_64bits_digest(state.get()) != checksum) {
    return std::nullopt;
  }
  // The content holds copies of the entry's texts; its pages are given back as it is decoded.
  return decode_file_reading(payload, path, days, [&mapped](std::string_view part) { mapped.release(part); });
}

void ParseCache::store(const SourceBytes& bytes, const ContentKey& key, const FileReading& reading) const {
  std::error_code error;
  fs::create_directories(directory_, error);
  const auto final_path = entry_path(key);
  std::random_device random;
  const auto temporary =
      directory_ / fmt::format(".tmp-{}-{:08x}-{}", ::getpid(), random(), final_path.filename().string());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    return;
  }
  // The header, room for the payload's size and checksum, then the payload as it is
  // encoded; the size and checksum are written into their place once it is all out.
  auto start = entry_header(bytes.view(), key);
  start.append(payload_fields_bytes, '\0');
  bool written = write_all(fd, start);
  const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> checksum(XXH3_createState(), &XXH3_freeState);
  written = written && checksum != nullptr && XXH3_64bits_reset(checksum.get()) == XXH_OK;
  std::uint64_t payload_size = 0;
  encode_file_reading(reading, [&](std::string_view piece) {
    written =
        written && XXH3_64bits_update(checksum.get(), piece.data(), piece.size()) == XXH_OK && write_all(fd, piece);
    payload_size += piece.size();
  });
  if (written) {
    std::string fields;
    append_u64(fields, payload_size);
    append_u64(fields, XXH3_64bits_digest(checksum.get()));
    const auto at = static_cast<off_t>(start.size() - payload_fields_bytes);
    written = ::pwrite(fd, fields.data(), fields.size(), at) == static_cast<ssize_t>(fields.size());
  }
  if (::close(fd) != 0 || !written || std::rename(temporary.c_str(), final_path.c_str()) != 0) {
    fs::remove(temporary, error);
  }
}

} // namespace accords::load
