#include "load/link.hpp"

#include "load/limits.hpp"
#include "load/party_codes.hpp"
#include "util/spell.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
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
  return util::unknown_name({.kind = "treaty", .word = id, .adjective = "undefined"}, treaty_ids);
}

// Takes the diagnostics and contents of `readings` into `result` and `files`, up to
// limits::max_events events in all: the file that passes it gets an error at its first
// event over the limit, and loses its events; the files after it count for nothing.
void gather(std::vector<FileReading>& readings, LoadResult& result, std::vector<FileReading>& files) {
  std::size_t event_count = 0;
  for (auto& reading : readings) {
    result.diagnostics.add_file(reading.path);
    if (event_count > limits::max_events) {
      continue; // already reported
    }
    result.diagnostics.append(reading.diagnostics);
    if (!reading.content) {
      continue;
    }
    auto& content = *reading.content;
    event_count += content.heads.size();
    if (event_count > limits::max_events) {
      const auto& over = content.heads[content.heads.size() - (event_count - limits::max_events)];
      result.diagnostics.error(
          {reading.path, over.line, over.column},
          fmt::format("more than {} events in all: the limit is {}", limits::max_events, limits::max_events));
      content.heads.clear();
      content.events.clear();
    }
    files.push_back(std::move(reading));
  }
  readings.clear();
}

// Takes the entities of `files` into `result`, each code once: a second definition that
// differs from the first is an error. Then reports each code that only an entity could make
// valid and none does, and gives the events written with one, by file and place in its heads.
std::set<std::pair<std::size_t, std::uint32_t>> link_entities(std::vector<FileReading>& files, LoadResult& result) {
  std::map<std::string, std::size_t, std::less<>> by_code; // index in result.entities
  for (auto& file : files) {
    for (auto& entity : file.content->entities) {
      const auto [found, inserted] = by_code.emplace(entity.code, result.entities.size());
      if (inserted) {
        result.entities.push_back(std::move(entity));
        continue;
      }
      const auto& first = result.entities[found->second];
      if (first.name != entity.name || first.until != entity.until) {
        result.diagnostics.error(entity.defined_at,
                                 fmt::format("entity '{}' is defined differently at {} (as '{}'{})", entity.code,
                                             first.defined_at.text(), first.name,
                                             first.until ? fmt::format(", until {}", first.until->text()) : ""));
      }
    }
    file.content->entities.clear();
  }
  std::set<std::pair<std::size_t, std::uint32_t>> unknown;
  for (std::size_t index = 0; index < files.size(); ++index) {
    const auto& file = files[index];
    for (const auto& use : file.content->entity_codes) {
      if (!by_code.contains(use.code)) {
        result.diagnostics.error({file.path, use.line, use.column}, unknown_code_message(use.code, use.key));
        unknown.emplace(index, use.event);
      }
    }
  }
  return unknown;
}

} // namespace

LoadResult link(std::vector<FileReading>&& readings) {
  LoadResult result;
  std::vector<FileReading> files; // those with content
  gather(readings, result, files);
  const auto with_unknown_codes = link_entities(files, result);

  std::map<std::string, model::Location, std::less<>> treaty_ids;
  // Treaties defined with errors, already reported: references to them are not.
  std::set<std::string, std::less<>> broken_treaties;
  std::size_t event_count = 0;
  for (auto& file : files) {
    auto& content = *file.content;
    if (content.treaty &&
        claim_id(treaty_ids, content.treaty->id, content.treaty->defined_at, "treaty", result.diagnostics)) {
      result.treaties.push_back(std::move(*content.treaty));
    }
    if (content.broken_treaty) {
      broken_treaties.insert(*content.broken_treaty);
    }
    event_count += content.heads.size();
  }
  std::vector<std::string> treaty_names;
  for (const auto& [id, where] : treaty_ids) {
    treaty_names.push_back(id);
  }
  for (const auto& id : broken_treaties) {
    if (!treaty_ids.contains(id)) {
      treaty_names.push_back(id);
    }
  }

  std::unordered_map<std::string_view, model::Location> event_ids; // the ids stay in the files' text stores
  event_ids.reserve(event_count);
  std::set<std::string> reported_refs;
  for (std::size_t file_index = 0; file_index < files.size(); ++file_index) {
    auto& file = files[file_index];
    auto& content = *file.content;
    std::size_t kept = 0; // the events kept are moved to the front of the file's, in order
    for (std::uint32_t head_index = 0; head_index < content.heads.size(); ++head_index) {
      const auto& head = content.heads[head_index];
      bool ok = claim_id(event_ids, head.id, {file.path, head.id_line, head.id_column}, "event", result.diagnostics);
      ok = ok && !with_unknown_codes.contains(std::pair(file_index, head_index));
      std::optional<TreatyRef> own_ref;
      if (!head.treaty.empty()) {
        own_ref = TreatyRef{head.treaty, {file.path, head.treaty_line, head.treaty_column}};
      }
      const auto* ref = own_ref ? &*own_ref : (content.default_treaty ? &*content.default_treaty : nullptr);
      if (!ref && content.treaty_broken) {
        ok = false; // the file's `treaty` has errors, already reported
      } else if (!ref) {
        result.diagnostics.error({file.path, head.line, head.column},
                                 fmt::format("event '{}' has no treaty: give it a 'treaty' key or set 'treaty' at "
                                             "the top of the file",
                                             head.id));
        ok = false;
      } else if (!treaty_ids.contains(ref->id)) {
        if (!broken_treaties.contains(ref->id) &&
            reported_refs.insert(ref->where.text()).second) { // a file's treaty is reported once
          result.diagnostics.error(ref->where, undefined_treaty(ref->id, treaty_names, result.treaties));
        }
        ok = false;
      }
      if (ok && head.kept != EventHead::not_kept) {
        auto& event = content.events[head.kept];
        event.treaty = ref->id;
        event.load_index = result.events.size() + kept;
        if (kept != head.kept) {
          content.events[kept] = std::move(event);
        }
        ++kept;
      }
    }
    content.events.resize(kept);
    content.heads.clear();
    if (result.events.empty()) {
      result.events = std::move(content.events);
    } else { // each block of the file's events is freed as soon as it is moved
      for (; !content.events.empty(); content.events.pop_front()) {
        result.events.push_back(std::move(content.events.front()));
      }
    }
    result.text.absorb(std::move(content.text));
  }
  return result;
}

} // namespace accords::load
