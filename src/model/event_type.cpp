#include "model/event_type.hpp"

#include <array>

namespace accords::model {
namespace {

struct TypeInfo {
  EventType type;
  std::string_view name;
  bool gives_status; // whether it gives its parties a status (timeline-format.md)
};

constexpr std::array<TypeInfo, 19> type_table{{
    {EventType::report, "report", true},
    {EventType::announcement, "announcement", true},
    {EventType::rejection, "rejection", true},
    {EventType::signing, "signing", true},
    {EventType::accession, "accession", true},
    {EventType::ratification, "ratification", true},
    {EventType::acceptance, "acceptance", true},
    {EventType::approval, "approval", true},
    {EventType::entry_into_force, "entry-into-force", true},
    {EventType::succession, "succession", true},
    {EventType::withdrawal_notice, "withdrawal-notice", true},
    {EventType::withdrawal, "withdrawal", true},
    {EventType::suspension, "suspension", true},
    {EventType::relations, "relations", false},
    {EventType::embassy, "embassy", false},
    {EventType::agreement, "agreement", false},
    {EventType::summit, "summit", false},
    {EventType::sanctions, "sanctions", false},
    {EventType::other, "other", false},
}};

constexpr std::array<EventType, type_table.size()> all_types = [] {
  std::array<EventType, type_table.size()> types{};
  for (std::size_t i = 0; i < type_table.size(); ++i) {
    types[i] = type_table[i].type;
  }
  return types;
}();

constexpr std::array<std::string_view, 10> status_texts{"none",      "candidate", "announced", "declined",
                                                        "signatory", "consented", "party",     "withdrawing",
                                                        "withdrawn", "suspended"};
constexpr std::array<Status, 9> statuses{Status::candidate,   Status::announced, Status::declined,
                                         Status::signatory,   Status::consented, Status::party,
                                         Status::withdrawing, Status::withdrawn, Status::suspended};

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

bool gives_status(EventType type) { return info(type).gives_status; }

bool expresses_consent(EventType type) {
  return type == EventType::ratification || type == EventType::acceptance || type == EventType::approval ||
         type == EventType::accession;
}

std::string_view status_name(Status status) { return status_texts.at(static_cast<std::size_t>(status)); }

std::span<const Status> all_statuses() { return statuses; }

const std::vector<std::string>& status_names() {
  static const std::vector<std::string> names = names_of(all_statuses(), status_name);
  return names;
}

std::optional<Status> parse_status(std::string_view name) {
  if (name == "member") {
    return Status::party;
  }
  for (const auto status : statuses) {
    if (status_name(status) == name) {
      return status;
    }
  }
  return std::nullopt;
}

} // namespace accords::model
