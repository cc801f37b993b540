#include "load/builtin.hpp"

#include "load/cache/file_codec.hpp"

#include <stdexcept>
#include <string>

namespace accords::load {

std::vector<Source> builtin_sources() {
  std::vector<Source> sources;
  for (const auto& file : builtin_files()) {
    sources.push_back({std::string(file.name), SourceBytes::static_bytes(file.bytes)});
  }
  return sources;
}

LoadResult load_builtin(const std::optional<model::DayWindow>& days) {
  auto loaded = decode_loaded(builtin_loaded(), days, Texts::viewed); // static bytes
  if (!loaded) { // not reached: the bytes were written by encode_loaded when accords was built
    throw std::logic_error("the built-in timelines cannot be decoded");
  }
  return std::move(*loaded);
}

} // namespace accords::load
