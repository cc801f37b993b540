#include "edit/file_fields.hpp"

#include "load/event_fields.hpp"
#include "load/parse_sources.hpp"

#include <fmt/format.h>

#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace accords::edit {
namespace {

// A value as text; "-" for an absent one, lists with their items separated by U+001F.
std::string text_of(std::string_view value) { return fmt::format("'{}'", value); }
std::string text_of(const std::string& value) { return text_of(std::string_view(value)); }
std::string text_of(const model::PartialDate& date) { return date.text(); }
std::string text_of(model::EventType type) { return std::string(model::event_type_name(type)); }
std::string text_of(model::JoinedBy joined_by) { return std::string(model::joined_by_name(joined_by)); }
std::string text_of(const model::OptionalText& text) { return text ? text_of(*text) : "-"; }
template <typename T> std::string text_of(const std::optional<T>& value) { return value ? text_of(*value) : "-"; }
template <typename T> std::string text_of(std::span<const T> items) {
  std::string out = "[";
  for (const auto& item : items) {
    out += text_of(item) + '\x1f';
  }
  return out + ']';
}
template <typename T> std::string text_of(const std::vector<T>& items) { return text_of(std::span<const T>(items)); }

// Appends "what.key = value" for each field `visit_fields` visits on `object`.
template <typename Object, typename VisitFields>
void append_fields(std::vector<std::string>& lines, std::string_view what, const Object& object,
                   VisitFields visit_fields) {
  visit_fields(object, [&](const load::Field& field, const auto& value) {
    lines.push_back(fmt::format("{}.{} = {}", what, field.key, text_of(value)));
  });
}

} // namespace

FileFields file_fields(const load::FileContent& content) {
  FileFields fields;
  auto& lines = fields.file;
  if (content.treaty) {
    append_fields(lines, "treaty", *content.treaty,
                  [](const auto& object, auto&& visit) { load::visit_treaty_fields(object, visit); });
  }
  lines.push_back(fmt::format("default-treaty = {}",
                              content.default_treaty ? text_of(content.default_treaty->id) : std::string("-")));
  for (const auto& entity : content.entities) {
    append_fields(lines, "entity", entity,
                  [](const auto& object, auto&& visit) { load::visit_entity_fields(object, visit); });
  }
  for (const auto& event : content.events) {
    std::vector<std::string> event_lines;
    append_fields(event_lines, "event", event,
                  [](const auto& object, auto&& visit) { load::visit_event_fields(object, visit); });
    fields.events.push_back(fmt::format("{}", fmt::join(event_lines, "\n")));
  }
  return fields;
}

bool holds_the_same_and_one_event_more(const std::string& name, const std::string& original,
                                       const std::string& with_event) {
  auto readings =
      load::parse_sources({{name, load::SourceBytes(original), false}, {name, load::SourceBytes(with_event), false}});
  for (const auto& reading : readings) {
    if (reading.diagnostics.error_count() > 0 || !reading.content) {
      return false;
    }
  }
  const auto before = file_fields(*readings[0].content);
  auto after = file_fields(*readings[1].content);
  if (after.events.size() != before.events.size() + 1) {
    return false;
  }
  after.events.pop_back();
  return after == before;
}

} // namespace accords::edit
