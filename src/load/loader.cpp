#include "load/loader.hpp"

#include "load/document_reader.hpp"
#include "load/yaml_tree.hpp"
#include "util/spell.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>

namespace accords::load {
namespace {

// Reports `id` if an earlier definition holds it; otherwise remembers it.
bool claim_id(std::map<std::string, model::Location>& seen, const std::string& id, const model::Location& where,
              std::string_view what, Diagnostics& diagnostics) {
  const auto [first, inserted] = seen.emplace(id, where);
  if (!inserted) {
    diagnostics.error(where, fmt::format("duplicate {} id '{}' (first defined at {})", what, id, first->second.text()));
  }
  return inserted;
}

} // namespace

LoadResult load_sources(const std::vector<SourceText>& sources) {
  LoadResult result;
  std::vector<FileContent> files;
  files.reserve(sources.size());
  for (const auto& source : sources) {
    auto path = std::make_shared<const std::string>(source.name);
    if (auto root = parse_yaml(source.bytes, path, result.diagnostics)) {
      files.push_back(read_document(*root, path, result.diagnostics));
    }
  }

  std::map<std::string, model::Location> treaty_ids;
  std::set<std::string> known_treaties;
  for (auto& file : files) {
    if (file.treaty && claim_id(treaty_ids, file.treaty->id, file.treaty->defined_at, "treaty", result.diagnostics)) {
      known_treaties.insert(file.treaty->id);
      result.treaties.push_back(std::move(*file.treaty));
    }
    if (file.broken_treaty) {
      known_treaties.insert(*file.broken_treaty); // its errors are reported; don't cascade
    }
  }
  const std::vector<std::string> treaty_names(known_treaties.begin(), known_treaties.end());

  std::map<std::string, model::Location> event_ids;
  std::set<std::string> reported_refs;
  for (auto& file : files) {
    for (auto& draft : file.events) {
      bool ok = claim_id(event_ids, draft.event.id, draft.id_at, "event", result.diagnostics);
      const auto& ref = draft.treaty_ref ? draft.treaty_ref : file.default_treaty;
      if (!ref) {
        result.diagnostics.error(draft.event.defined_at,
                                 fmt::format("event '{}' has no treaty: give it a 'treaty' key or set 'treaty' at "
                                             "the top of the file",
                                             draft.event.id));
        ok = false;
      } else if (known_treaties.count(ref->id) == 0) {
        if (reported_refs.insert(ref->where.text()).second) { // a file's treaty is reported once
          result.diagnostics.error(
              ref->where, fmt::format("undefined treaty '{}'{}", ref->id, util::did_you_mean(ref->id, treaty_names)));
        }
        ok = false;
      }
      if (ok) {
        draft.event.treaty = ref->id;
        draft.event.load_index = result.events.size();
        result.events.push_back(std::move(draft.event));
      }
    }
  }
  return result;
}

} // namespace accords::load
