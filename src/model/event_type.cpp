#include "model/event_type.hpp"

#include <array>

namespace accords::model {
namespace {

struct TypeInfo {
  EventType type;
  std::string_view name;
  Status gives;
};

constexpr std::array<TypeInfo, 14> type_table{{
    {EventType::report, "report", Status::candidate},
    {EventType::announcement, "announcement", Status::announced},
    {EventType::signing, "signing", Status::member},
    {EventType::accession, "accession", Status::member},
    {EventType::ratification, "ratification", Status::member},
    {EventType::entry_into_force, "entry-into-force", Status::member},
    {EventType::withdrawal, "withdrawal", Status::withdrawn},
    {EventType::suspension, "suspension", Status::suspended},
    {EventType::relations, "relations", Status::none},
    {EventType::embassy, "embassy", Status::none},
    {EventType::agreement, "agreement", Status::none},
    {EventType::summit, "summit", Status::none},
    {EventType::sanctions, "sanctions", Status::none},
    {EventType::other, "other", Status::none},
}};

constexpr std::array<EventType, type_table.size()> all_types = [] {
  std::array<EventType, type_table.size()> types{};
  for (std::size_t i = 0; i < type_table.size(); ++i) {
    types[i] = type_table[i].type;
  }
  return types;
}();

constexpr std::array<std::string_view, 6> status_texts{"none",   "candidate", "announced",
                                                       "member", "withdrawn", "suspended"};
constexpr std::array<Status, 5> statuses{Status::candidate, Status::announced, Status::member, Status::withdrawn,
                                         Status::suspended};

const TypeInfo& info(EventType type) { return type_table.at(static_cast<std::size_t>(type)); }

// The name `name_of` gives each of `values`, in their order.
template <typename Value>
std::vector<std::string> names_of(std::span<const Value> values, std::string_view (*name_of)(Value)) {
  std::vector<std::string> names;
  names.reserve(values.size());
  for (const auto value : values) {
    names.emplace_back(name_of(value));
  }
  return names;
}

} // namespace

std::span<const EventType> all_event_types() { return all_types; }

std::string_view event_type_name(EventType type) { return info(type).name; }

const std::vector<std::string>& event_type_names() {
  static const std::vector<std::string> names = names_of(all_event_types(), event_type_name);
  return names;
}

std::optional<EventType> parse_event_type(std::string_view name) {
  for (const auto& entry : type_table) {
    if (entry.name == name) {
      return entry.type;
    }
  }
  return std::nullopt;
}

Status status_given_by(EventType type) { return info(type).gives; }

std::string_view status_name(Status status) { return status_texts.at(static_cast<std::size_t>(status)); }

std::span<const Status> all_statuses() { return statuses; }

const std::vector<std::string>& status_names() {
  static const std::vector<std::string> names = names_of(all_statuses(), status_name);
  return names;
}

std::optional<Status> parse_status(std::string_view name) {
  for (const auto status : statuses) {
    if (status_name(status) == name) {
      return status;
    }
  }
  return std::nullopt;
}

} // namespace accords::model
