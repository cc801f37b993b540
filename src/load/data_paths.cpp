#include "load/data_paths.hpp"

#include "load/builtin.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace accords::load {
namespace fs = std::filesystem;
namespace {

bool is_timeline_file(const fs::path& path) {
  const auto extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string describe(const std::error_code& error) { return error.message(); }

// Reads a whole file; nullopt with `why` set when it cannot be read.
std::optional<std::string> read_file(const fs::path& path, std::string& why) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    why = "is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  return bytes;
}

void read_one(const fs::path& path, ReadResult& result) {
  std::string why;
  if (auto bytes = read_file(path, why)) {
    result.sources.push_back({path.string(), std::move(*bytes)});
  } else {
    result.errors.push_back(fmt::format("cannot read '{}': {}", path.string(), why));
  }
}

void read_directory(const fs::path& root, ReadResult& result) {
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
    if (!entry.is_directory(type_error) && is_timeline_file(entry.path())) {
      files.push_back(entry.path());
    }
  }
  if (error) {
    result.errors.push_back(fmt::format("cannot read '{}': {}", root.string(), describe(error)));
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

ReadResult read_data_paths(const std::vector<std::string>& paths, std::istream& standard_input) {
  ReadResult result;
  for (const auto& path : paths) {
    if (path == "-") {
      std::ostringstream bytes;
      bytes << standard_input.rdbuf();
      result.sources.push_back({"<stdin>", bytes.str()});
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

std::vector<SourceText> builtin_sources() {
  std::vector<SourceText> sources;
  for (const auto& file : builtin_files()) {
    sources.push_back({std::string(file.name), std::string(file.bytes)});
  }
  return sources;
}

} // namespace accords::load
