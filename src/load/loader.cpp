#include "load/loader.hpp"

#include "load/document_reader.hpp"
#include "load/limits.hpp"
#include "load/yaml_tree.hpp"
#include "util/spell.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

namespace accords::load {
namespace {

// Reports `id` if an earlier definition holds it; otherwise remembers it.
template <typename IdMap>
bool claim_id(IdMap& seen, std::string_view id, const model::Location& where, std::string_view what,
              Diagnostics& diagnostics) {
  const auto [first, inserted] = seen.emplace(id, where);
  if (!inserted) {
    diagnostics.error(where, fmt::format("duplicate {} id '{}' (first defined at {})", what, id, first->second.text()));
  }
  return inserted;
}

// The error for a reference to a treaty id that no file defines.
std::string undefined_treaty(std::string_view id, const std::vector<std::string>& treaty_ids,
                             const std::vector<model::Treaty>& treaties) {
  for (const auto& treaty : treaties) {
    if (std::find(treaty.aliases.begin(), treaty.aliases.end(), id) != treaty.aliases.end()) {
      return fmt::format("undefined treaty '{}': it is an alias of '{}', and files name a treaty by its id", id,
                         treaty.id);
    }
  }
  return fmt::format("undefined treaty '{}'{}", id, util::did_you_mean(id, treaty_ids));
}

// An event a file read, kept or skipped, as the checks across files see it.
struct EventRead {
  std::string_view id;
  model::Location defined_at;      // where the event mapping starts
  model::Location id_at;           // where its id is written
  const TreatyRef* own_treaty_ref; // its own `treaty` key, or null
  model::Event* kept;              // the event, or null when it was skipped
  std::size_t index;               // its place in the file's events, when kept
};

// Calls `visit` with each event `file` (named `path`) read, kept or skipped, in file order.
template <typename Visit>
void for_each_event_read(FileContent& file, const std::shared_ptr<const std::string>& path, const Visit& visit) {
  std::size_t next_skipped = 0;
  const auto visit_skipped_before = [&](std::size_t kept_index) {
    for (; next_skipped < file.skipped.size() && file.skipped[next_skipped].kept_before <= kept_index; ++next_skipped) {
      const auto& skipped = file.skipped[next_skipped];
      visit(EventRead{skipped.id,
                      {path, skipped.line, skipped.column},
                      {path, skipped.origin.id_line, skipped.origin.id_column},
                      file.own_treaty_ref(skipped.origin),
                      nullptr,
                      0});
    }
  };
  for (std::size_t index = 0; index < file.events.size(); ++index) {
    visit_skipped_before(index);
    auto& event = file.events[index];
    visit(EventRead{event.id, event.defined_at, file.id_at(index), file.own_treaty_ref(index), &event, index});
  }
  visit_skipped_before(file.events.size());
}

// One file read on its own: its content and the problems found in it.
struct FileRead {
  std::shared_ptr<const std::string> path;
  FileReading reading;
};

// Sources with fewer bytes in all to parse than this are read on this thread alone: another
// thread would not pay for itself.
constexpr std::size_t min_threaded_bytes = std::size_t{256} << 10;

// What reading a mapped file that was written to while it was read gives: an error, as what
// was read may mix its old and new bytes.
FileReading changed_while_read(const std::shared_ptr<const std::string>& path) {
  FileReading changed;
  changed.diagnostics.error({path, 0, 0}, "the file changed while it was being read; run again");
  return changed;
}

// Reads one source, through `cache` when there is one and the source is worth caching.
FileReading read_source(const SourceText& source, const std::shared_ptr<const std::string>& path,
                        const ParseCache* cache, const std::optional<model::DayWindow>& days) {
  const bool worth_caching = cache != nullptr && source.cacheable && source.bytes.size() >= ParseCache::min_file_bytes;
  const auto key = worth_caching ? content_key(source.bytes) : ContentKey{};
  auto cached = worth_caching ? cache->find(source.bytes, key, path, days) : std::nullopt;
  FileReading reading;
  if (cached) {
    reading = std::move(*cached);
  } else {
    reading.content = read_shared_file(source.bytes, path, reading.diagnostics);
  }
  if (!source.bytes.unchanged()) {
    return changed_while_read(path); // and no entry: its key may not be the bytes read
  }
  // An entry holds every diagnostic, or none is written.
  if (worth_caching && !cached && reading.diagnostics.not_stored() == 0) {
    cache->store(source.bytes, key, reading);
  }
  if (!cached && reading.content) {
    if (days) {
      reading.content->leave_out(*days); // as the entry's decoding does
    }
    if (source.bytes.mapped()) {
      reading.content->copy_texts_out(source.bytes); // the entry holds them as places in the file
      if (!source.bytes.unchanged()) {
        return changed_while_read(path); // the texts copied may not be those parsed
      }
    }
  }
  return reading;
}

// Reads every source, several at a time on machines with several cores (each file is
// parsed by one thread); the results are in the order of `sources` whatever the timing.
std::vector<FileRead> read_files(const std::vector<SourceText>& sources, const ParseCache* cache,
                                 const std::optional<model::DayWindow>& days) {
  std::vector<FileRead> read(sources.size());
  for (std::size_t index = 0; index < sources.size(); ++index) {
    read[index].path = std::make_shared<const std::string>(sources[index].name);
  }
  std::size_t bytes_to_parse = 0;
  for (const auto& source : sources) {
    bytes_to_parse += source.bytes.size();
  }
  // Starting a thread costs more than parsing a few small files: then this thread reads
  // them all (asking for the number of cores reads a file in /sys: skipped).
  const bool several_threads = bytes_to_parse >= min_threaded_bytes;
  const auto cores = several_threads ? std::max(1U, std::thread::hardware_concurrency()) : 1U;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure; // the first exception a thread met (out of memory), rethrown here
  std::mutex failure_lock;
  const auto work = [&] {
    for (auto index = next++; index < sources.size(); index = next++) {
      try {
        read[index].reading = read_source(sources[index], read[index].path, cache, days);
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
  work(); // this thread reads too
  for (auto& thread : threads) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
  return read;
}

} // namespace

LoadResult load_sources(const std::vector<SourceText>& sources, const ParseCache* cache,
                        const std::optional<model::DayWindow>& days) {
  LoadResult result;
  auto read = read_files(sources, cache, days);
  std::vector<FileContent> files;
  std::vector<std::shared_ptr<const std::string>> paths; // paths[i] names files[i]
  files.reserve(sources.size());
  paths.reserve(sources.size());
  std::size_t event_count = 0;
  for (auto& file : read) {
    result.diagnostics.add_file(file.path);
    if (event_count > limits::max_events) {
      continue; // already reported: the files after the limit count for nothing
    }
    result.diagnostics.append(file.reading.diagnostics);
    if (file.reading.content) {
      files.push_back(std::move(*file.reading.content));
      paths.push_back(file.path);
      auto& content = files.back();
      event_count += content.events_read();
      if (event_count > limits::max_events) {
        const auto over = content.events_read() - (event_count - limits::max_events);
        std::size_t index = 0;
        for_each_event_read(content, file.path, [&](const EventRead& event) {
          if (index++ == over) {
            result.diagnostics.error(event.defined_at, fmt::format("more than {} events in all: the limit is {}",
                                                                   limits::max_events, limits::max_events));
          }
        });
        content.events.clear();
        content.origins.clear();
        content.skipped.clear();
      }
    }
  }
  read.clear();

  std::map<std::string, model::Location, std::less<>> treaty_ids;
  // Treaties defined with errors, already reported: references to them are not.
  std::set<std::string, std::less<>> broken_treaties;
  for (auto& file : files) {
    if (file.treaty && claim_id(treaty_ids, file.treaty->id, file.treaty->defined_at, "treaty", result.diagnostics)) {
      result.treaties.push_back(std::move(*file.treaty));
    }
    if (file.broken_treaty) {
      broken_treaties.insert(*file.broken_treaty);
    }
  }
  std::vector<std::string> treaty_names;
  for (const auto& [id, where] : treaty_ids) {
    treaty_names.push_back(id);
  }
  for (const auto& id : broken_treaties) {
    if (treaty_ids.count(id) == 0) {
      treaty_names.push_back(id);
    }
  }

  std::unordered_map<std::string_view, model::Location> event_ids; // the ids stay in the files' text stores
  event_ids.reserve(event_count);
  std::set<std::string> reported_refs;
  for (std::size_t number = 0; number < files.size(); ++number) {
    auto& file = files[number];
    std::size_t kept = 0; // the events kept are moved to the front of the file's, in order
    // Every event read is checked, skipped or not, so that the diagnostics never depend on
    // which events a command keeps.
    for_each_event_read(file, paths[number], [&](const EventRead& read_event) {
      bool ok = claim_id(event_ids, read_event.id, read_event.id_at, "event", result.diagnostics);
      const auto* own_ref = read_event.own_treaty_ref;
      const auto* ref = own_ref != nullptr ? own_ref : (file.default_treaty ? &*file.default_treaty : nullptr);
      if (!ref && file.treaty_broken) {
        ok = false; // the file's `treaty` has errors, already reported
      } else if (!ref) {
        result.diagnostics.error(read_event.defined_at,
                                 fmt::format("event '{}' has no treaty: give it a 'treaty' key or set 'treaty' at "
                                             "the top of the file",
                                             read_event.id));
        ok = false;
      } else if (treaty_ids.count(ref->id) == 0) {
        if (broken_treaties.count(ref->id) == 0 &&
            reported_refs.insert(ref->where.text()).second) { // a file's treaty is reported once
          result.diagnostics.error(ref->where, undefined_treaty(ref->id, treaty_names, result.treaties));
        }
        ok = false;
      }
      if (ok && read_event.kept != nullptr) {
        auto& event = *read_event.kept;
        event.treaty = ref->id;
        event.load_index = result.events.size() + kept;
        if (kept != read_event.index) {
          file.events[kept] = std::move(event);
        }
        ++kept;
      }
    });
    file.events.resize(kept);
    file.origins.clear();
    file.treaty_refs.clear();
    file.skipped.clear();
    if (result.events.empty()) {
      result.events = std::move(file.events);
    } else { // each block of the file's events is freed as soon as it is moved
      for (; !file.events.empty(); file.events.pop_front()) {
        result.events.push_back(std::move(file.events.front()));
      }
    }
    result.text.absorb(std::move(file.text));
  }
  return result;
}

} // namespace accords::load
