#include "load/parse_sources.hpp"

#include "load/parse/schema.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace accords::load {
namespace {

// Sources with fewer bytes in all than this are parsed on this thread alone: another thread
// would not pay for itself.
constexpr std::size_t min_threaded_bytes = std::size_t{256} << 10;

// What parsing a mapped file that was written to while it was read gives: an error, as what
// was read may mix its old and new bytes.
FileReading changed_while_read(const std::shared_ptr<const std::string>& path) {
  FileReading changed;
  changed.path = path;
  changed.diagnostics.error({path, 0, 0}, "the file changed while it was being read; run again");
  return changed;
}

// Parses one source, or takes its reading from `cache` when there is one and the source is
// worth caching.
FileReading parse_source(const Source& source, const ParseCache* cache, const std::optional<model::DayWindow>& days) {
  auto path = std::make_shared<const std::string>(source.name);
  const bool worth_caching = cache != nullptr && source.cacheable && source.bytes.size() >= ParseCache::min_file_bytes;
  const auto key = worth_caching ? content_key(source.bytes) : ContentKey{};
  if (auto cached = worth_caching ? cache->find(source.bytes, key, path, days) : std::nullopt) {
    return source.bytes.unchanged() ? std::move(*cached) : changed_while_read(path);
  }
  FileReading reading;
  reading.path = path;
  reading.content = parse_file(source.bytes, path, reading.diagnostics);
  if (!source.bytes.unchanged()) {
    return changed_while_read(path); // and no entry: its key may not be the bytes read
  }
  // An entry holds every diagnostic and every event, or none is written.
  if (worth_caching && reading.diagnostics.not_stored() == 0) {
    cache->store(source.bytes, key, reading);
  }
  if (days && reading.content) {
    reading.content->keep_only(*days); // as decoding the entry does
  }
  return reading;
}

} // namespace

FileReading parse_source_with_tree(const Source& source, std::optional<YamlNode>& tree) {
  FileReading reading;
  reading.path = std::make_shared<const std::string>(source.name);
  reading.content = parse_file(source.bytes, reading.path, reading.diagnostics, &tree);
  if (!source.bytes.unchanged()) {
    tree.reset();
    return changed_while_read(reading.path);
  }
  return reading;
}

std::vector<FileReading> parse_sources(const std::vector<Source>& sources, const ParseCache* cache,
                                       const std::optional<model::DayWindow>& days) {
  std::vector<FileReading> readings(sources.size());
  std::size_t bytes_to_parse = 0;
  for (const auto& source : sources) {
    bytes_to_parse += source.bytes.size();
  }
  // Starting a thread costs more than parsing a few small files: then this thread parses
  // them all (asking for the number of cores reads a file in /sys: skipped).
  const bool several_threads = bytes_to_parse >= min_threaded_bytes;
  const auto cores = several_threads ? std::max(1U, std::thread::hardware_concurrency()) : 1U;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure; // the first exception a thread met (out of memory), rethrown here
  std::mutex failure_lock;
  const auto work = [&] {
    for (auto index = next++; index < sources.size(); index = next++) {
      try {
        readings[index] = parse_source(sources[index], cache, days);
      } catch (...) {
        const std::lock_guard lock(failure_lock);
        if (!failure) {
          failure = std::current_exception();
        }
      }
    }
  };
  const auto helpers = several_threads ? std::min<std::size_t>(cores, sources.size()) - (sources.empty() ? 0 : 1) : 0;
  std::vector<std::thread> threads;
  threads.reserve(helpers);
  for (std::size_t count = 0; count < helpers; ++count) {
    threads.emplace_back(work);
  }
  work(); // this thread parses too
  for (auto& thread : threads) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
  return readings;
}

} // namespace accords::load
