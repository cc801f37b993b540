#include "load/builtin_load.hpp"

#include "load/builtin.hpp"

#include <memory>
#include <string>
#include <vector>

namespace accords::load {
namespace {

std::string_view text(BuiltinText text) { return text.in(builtin_texts()); }

model::OptionalText optional_text(BuiltinText text) {
  return text.present() ? model::OptionalText(load::text(text)) : model::OptionalText();
}

std::optional<std::string> optional_string(BuiltinText text) {
  return text.present() ? std::optional<std::string>(load::text(text)) : std::nullopt;
}

std::span<const std::string_view> list(BuiltinList list) { return builtin_lists().subspan(list.offset, list.size); }

// A date of the tables, as written: the generator wrote what parsing gave.
model::PartialDate date_written(BuiltinText written) { return model::PartialDate::parse(text(written)).value(); }

} // namespace

LoadResult load_builtin(const std::optional<model::DayWindow>& days) {
  LoadResult result;
  std::vector<std::shared_ptr<const std::string>> paths;
  for (const auto& file : builtin_files()) {
    paths.push_back(std::make_shared<const std::string>(file.name));
    result.diagnostics.add_file(paths.back());
  }
  for (const auto& treaty : builtin_treaties()) {
    const auto aliases = list(treaty.aliases);
    result.treaties.push_back({std::string(text(treaty.id)),
                               std::string(text(treaty.name)),
                               optional_string(treaty.summary),
                               optional_string(treaty.url),
                               {aliases.begin(), aliases.end()},
                               {paths.at(treaty.file), treaty.line, treaty.column}});
  }
  for (const auto& built : builtin_events()) {
    model::Event event;
    event.id = text(built.id);
    event.treaty = text(built.treaty);
    event.date = date_written(built.date);
    if (built.end.present()) {
      event.end = date_written(built.end);
    }
    event.type = built.type;
    event.parties = list(built.parties);
    event.mediators = list(built.mediators);
    event.title = text(built.title);
    event.place = optional_text(built.place);
    event.sources = list(built.sources);
    event.notes = optional_text(built.notes);
    event.tags = list(built.tags);
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
