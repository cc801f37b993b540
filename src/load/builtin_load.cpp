#include "load/builtin_load.hpp"

#include "load/builtin.hpp"

#include <memory>
#include <string>
#include <vector>

namespace accords::load {
namespace {

std::optional<std::string> optional_string(const model::OptionalText& text) {
  return text ? std::optional<std::string>(*text) : std::nullopt;
}

// The date tables hold as written: the generator wrote what parsing gave.
model::PartialDate date_written(std::string_view text) { return model::PartialDate::parse(text).value(); }

} // namespace

LoadResult load_builtin(const std::optional<model::DayWindow>& days) {
  LoadResult result;
  std::vector<std::shared_ptr<const std::string>> paths;
  for (const auto& file : builtin_files()) {
    paths.push_back(std::make_shared<const std::string>(file.name));
    result.diagnostics.add_file(paths.back());
  }
  for (const auto& treaty : builtin_treaties()) {
    result.treaties.push_back({std::string(treaty.id),
                               std::string(treaty.name),
                               optional_string(treaty.summary),
                               optional_string(treaty.url),
                               {treaty.aliases.begin(), treaty.aliases.end()},
                               {paths.at(treaty.file), treaty.line, treaty.column}});
  }
  for (const auto& built : builtin_events()) {
    model::Event event;
    event.id = built.id;
    event.treaty = built.treaty;
    event.date = date_written(built.date);
    if (!built.end.empty()) {
      event.end = date_written(built.end);
    }
    event.type = built.type;
    event.parties = built.parties;
    event.mediators = built.mediators;
    event.title = built.title;
    event.place = built.place;
    event.sources = built.sources;
    event.notes = built.notes;
    event.tags = built.tags;
    event.defined_at = {paths.at(built.file), built.line, built.column};
    if (days && !days->admits(event.interval())) {
      continue;
    }
    event.load_index = result.events.size();
    result.events.push_back(std::move(event));
  }
  return result;
}

} // namespace accords::load
