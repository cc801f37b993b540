#include "render/diff_json.hpp"

#include "model/entity.hpp"
#include "render/event_json.hpp"
#include "render/report_words.hpp"

#include <nlohmann/json.hpp>

namespace accords::render {
namespace {

using Json = nlohmann::ordered_json;

// A field's value: a string, an array, or null.
Json value_json(const engine::FieldValue& value) {
  if (!value.present) {
    return nullptr;
  }
  if (value.is_list) {
    return value.items;
  }
  return value.items.empty() ? std::string() : value.items.front();
}

Json fields_json(const std::vector<engine::FieldChange>& fields) {
  auto array = Json::array();
  for (const auto& field : fields) {
    Json object;
    object["field"] = field.field;
    object["old"] = value_json(field.old_value);
    object["new"] = value_json(field.new_value);
    array.push_back(std::move(object));
  }
  return array;
}

Json events_json(const std::vector<const model::Event*>& events) {
  auto array = Json::array();
  for (const auto* event : events) {
    array.push_back(event_to_json(*event));
  }
  return array;
}

Json treaties_json(const std::vector<const model::Treaty*>& treaties) {
  auto array = Json::array();
  for (const auto* treaty : treaties) {
    Json object;
    object["id"] = treaty->id;
    object["name"] = treaty->name;
    array.push_back(std::move(object));
  }
  return array;
}

// A status, or null for none.
Json status_json(model::Status status) {
  return status == model::Status::none ? Json(nullptr) : Json(model::status_name(status));
}

// A day as written, or null.
Json day_json(const std::optional<model::PartialDate>& day) { return day ? Json(day->text()) : Json(nullptr); }

} // namespace

void write_diff_json(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides) {
  Json object;
  object["equal"] = diff.equal();
  object["old"] = sides.old_name;
  object["new"] = sides.new_name;
  object["as_of"] = day_text(diff.as_of);
  object["added"] = events_json(diff.added);
  object["removed"] = events_json(diff.removed);
  auto changed = Json::array();
  for (const auto& change : diff.changed) {
    Json item;
    item["id"] = change.new_event->id;
    item["fields"] = fields_json(change.fields);
    changed.push_back(std::move(item));
  }
  object["changed"] = std::move(changed);
  Json treaties;
  treaties["added"] = treaties_json(diff.added_treaties);
  treaties["removed"] = treaties_json(diff.removed_treaties);
  auto changed_treaties = Json::array();
  for (const auto& change : diff.changed_treaties) {
    Json item;
    item["id"] = change.new_treaty->id;
    item["fields"] = fields_json(change.fields);
    changed_treaties.push_back(std::move(item));
  }
  treaties["changed"] = std::move(changed_treaties);
  object["treaties"] = std::move(treaties);
  auto members = Json::array();
  for (const auto& change : diff.members) {
    Json item;
    item["treaty"] = change.treaty;
    item["party"] = change.party;
    item["name"] = model::party_name(change.party);
    item["old"] = status_json(change.old_status);
    item["new"] = status_json(change.new_status);
    item["old_since"] = day_json(change.old_since);
    item["new_since"] = day_json(change.new_since);
    members.push_back(std::move(item));
  }
  object["members"] = std::move(members);
  out << object.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace accords::render
