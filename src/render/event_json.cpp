#include "render/event_json.hpp"

namespace accords::render {
namespace {

// The text, or null when there is none.
nlohmann::ordered_json or_null(const model::OptionalText& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json event_to_json(const model::Event& event) {
  nlohmann::ordered_json object;
  object["id"] = event.id;
  object["treaty"] = event.treaty;
  object["date"] = event.date.text();
  object["end"] = event.end ? nlohmann::ordered_json(event.end->text()) : nlohmann::ordered_json(nullptr);
  object["precision"] = model::precision_name(event.date.precision());
  object["type"] = model::event_type_name(event.type);
  object["parties"] = event.parties;
  object["mediators"] = event.mediators;
  object["title"] = event.title;
  object["place"] = or_null(event.place);
  object["sources"] = event.sources;
  object["notes"] = or_null(event.notes);
  object["tags"] = event.tags;
  object["effective"] =
      event.effective ? nlohmann::ordered_json(event.effective->text()) : nlohmann::ordered_json(nullptr);
  object["from"] = event.from.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(event.from);
  return object;
}

} // namespace accords::render
