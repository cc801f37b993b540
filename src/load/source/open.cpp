#include "load/source/open.hpp"

#include "load/limits.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>
#include <system_error>
#include <vector>

namespace accords::load {
namespace fs = std::filesystem;
namespace {

bool is_timeline_file(const fs::path& path) {
  const auto extension = path.extension().string();
  return util::iequals(extension, ".yaml") || util::iequals(extension, ".yml");
}

// What a file that is not a regular file is, for the warning that skips it.
std::string_view kind_of(fs::file_type type) {
  switch (type) {
  case fs::file_type::fifo:
    return "a FIFO";
  case fs::file_type::socket:
    return "a socket";
  case fs::file_type::block:
  case fs::file_type::character:
    return "a device";
  default:
    return "not a regular file";
  }
}

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string describe(const std::error_code& error) { return error.message(); }

// Why a file or stream was not read: it is over the per-file limit, or (`per_file` false) over
// what is left of the total one.
std::string over_limit(bool per_file) {
  return per_file ? fmt::format("larger than the {} limit", limits::max_file_text)
                  : fmt::format("the data paths hold more than the {} limit in all", limits::max_file_text);
}

// Reads `in` to its end, or stops with `why` set once it holds more than `budget` bytes
// (the per-file limit or what is left of the total one; see limits.hpp), so an endless
// stream (a FIFO, /dev/zero) costs at most the limit in memory. With `stop_at_nul` (a
// FIFO, a device, standard input) reading also stops at a piece holding a NUL byte: no
// timeline file holds one, and the bytes up to it are enough for the parser to report it.
// `expected` is a regular file's size, read in one piece of that size (and one byte more,
// to see the end), so that a small file takes no more memory than its bytes.
std::optional<std::string> read_capped(std::istream& in, std::size_t budget, bool stop_at_nul, std::string& why,
                                       std::size_t expected = 0) {
  // Pieces of 1 MiB, joined at the end: a growing string would hold its old and new
  // buffers at once when it reallocates, twice the limit at worst.
  constexpr std::size_t chunk = std::size_t{1} << 20;
  std::vector<std::string> pieces;
  std::size_t total = 0;
  while (in) {
    std::string piece(expected > total ? expected - total + 1 : chunk, '\0');
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    piece.resize(static_cast<std::size_t>(in.gcount()));
    total += piece.size();
    if (total > budget) {
      why = over_limit(budget == limits::max_file_bytes);
      return std::nullopt;
    }
    const bool nul = stop_at_nul && piece.find('\0') != std::string::npos;
    pieces.push_back(std::move(piece));
    if (nul) {
      break;
    }
  }
  if (in.bad()) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  if (pieces.size() == 1) {
    if (expected == 0) {
      pieces.front().shrink_to_fit(); // a small stream, read into a piece of 1 MiB
    }
    return std::move(pieces.front());
  }
  std::string bytes;
  bytes.reserve(total);
  for (auto& piece : pieces) {
    bytes += piece;
    std::string().swap(piece); // freed as it is copied
  }
  return bytes;
}

// Reads a whole file (maps a large regular file), telling in `regular` whether it is a
// regular file; nullopt with `why` set when it cannot be read.
std::optional<SourceBytes> open_file(const fs::path& path, std::size_t budget, std::string& why, bool& regular) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error) {
    why = describe(error);
    return std::nullopt;
  }
  if (fs::is_directory(status)) {
    why = "is a directory";
    return std::nullopt;
  }
  regular = fs::is_regular_file(status);
  std::uintmax_t expected = 0; // a regular file's size, when it can be known
  if (regular) {
    expected = fs::file_size(path, error);
    if (error) {
      expected = 0;
    } else if (expected > std::min(budget, limits::max_file_bytes)) { // rejected without reading it
      why = over_limit(expected > limits::max_file_bytes);
      return std::nullopt;
    }
  }
  if (regular && expected >= SourceBytes::min_mapped_bytes) {
    if (auto mapped = SourceBytes::map_file(path, std::min(budget, limits::max_file_bytes))) {
      return mapped;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  auto bytes = read_capped(in, std::min(budget, limits::max_file_bytes), !regular, why, expected);
  if (!bytes) {
    return std::nullopt;
  }
  return SourceBytes(std::move(*bytes));
}

// What is left of the total limit once `result` holds what it holds.
std::size_t budget_left(const Opened& result) {
  std::size_t used = 0;
  for (const auto& source : result.sources) {
    used += source.bytes.size();
  }
  return used >= limits::max_total_bytes ? 0 : limits::max_total_bytes - used;
}

void read_one(const fs::path& path, Opened& result) {
  std::string why;
  bool regular = false;
  if (auto bytes = open_file(path, budget_left(result), why, regular)) {
    result.sources.push_back({path.string(), std::move(*bytes), regular});
  } else {
    result.errors.push_back(fmt::format("cannot read '{}': {}", path.string(), why));
  }
}

void read_directory(const fs::path& root, Opened& result) {
  std::vector<fs::path> files;
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const auto& entry = *it;
    if (is_hidden(entry.path())) {
      if (entry.is_directory(error)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    std::error_code type_error;
    if (entry.is_directory(type_error) || !is_timeline_file(entry.path())) {
      continue;
    }
    // Only regular files are read: a FIFO would wait for a writer forever. A path whose type
    // cannot be told (a dangling link) is read, so that its error is reported.
    const auto type = entry.status(type_error).type();
    if (type_error || type == fs::file_type::regular) {
      files.push_back(entry.path());
    } else {
      result.warnings.push_back(
          fmt::format("skipped '{}': {}, not a regular file", entry.path().string(), kind_of(type)));
    }
  }
  if (error) {
    result.errors.push_back(fmt::format("cannot read '{}': {}", root.string(), describe(error)));
  } else if (files.empty()) {
    result.warnings.push_back(fmt::format("no timeline file (*.yaml, *.yml) in '{}'", root.string()));
  }
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
  for (const auto& file : files) {
    read_one(file, result);
  }
}

} // namespace

std::vector<std::string> choose_data_paths(const std::vector<std::string>& given,
                                           const std::optional<std::string>& accords_path) {
  if (!given.empty()) {
    return given;
  }
  std::vector<std::string> paths;
  if (accords_path) {
    for (auto& entry : util::split(*accords_path, ':')) {
      if (!entry.empty()) {
        paths.push_back(std::move(entry));
      }
    }
  }
  return paths;
}

Opened open_sources(const std::vector<std::string>& paths, std::istream& standard_input) {
  Opened result;
  for (const auto& path : paths) {
    if (path == "-") {
      std::string why;
      if (auto bytes = read_capped(standard_input, std::min(budget_left(result), limits::max_file_bytes), true, why)) {
        result.sources.push_back({"<stdin>", std::move(*bytes)});
      } else {
        result.errors.push_back(fmt::format("cannot read standard input: {}", why));
      }
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error) {
      result.errors.push_back(fmt::format("cannot read '{}': {}", path, describe(error)));
    } else if (fs::is_directory(status)) {
      read_directory(path, result);
    } else {
      read_one(path, result);
    }
  }
  return result;
}

} // namespace accords::load
