#include "engine/membership.hpp"

#include <map>

namespace accords::engine {
namespace {

// Rank in candidate < announced < member; 0 for statuses outside that order.
int rank(model::Status status) {
  switch (status) {
  case model::Status::candidate:
    return 1;
  case model::Status::announced:
    return 2;
  case model::Status::member:
    return 3;
  default:
    return 0;
  }
}

} // namespace

model::Status next_status(model::Status current, model::Status given) {
  switch (given) {
  case model::Status::none:
    return current;
  case model::Status::candidate:
  case model::Status::announced:
    return rank(current) > rank(given) ? current : given;
  case model::Status::member:
  case model::Status::withdrawn:
  case model::Status::suspended:
    return given;
  }
  return current;
}

std::vector<Membership> memberships_as_of(const Timeline& timeline, std::string_view treaty, date::sys_days day) {
  std::map<std::string, Membership> by_party;
  for (const auto& event : timeline.events()) {
    if (event.date.first_day() > day) {
      break; // events are in timeline order, by first day first
    }
    const auto given = model::status_given_by(event.type);
    if (event.treaty != treaty || given == model::Status::none) {
      continue;
    }
    for (const auto& party : event.parties) {
      auto& entry =
          by_party.try_emplace(std::string(party), Membership{std::string(party), model::Status::none, nullptr})
              .first->second;
      const auto next = next_status(entry.status, given);
      if (next != entry.status) {
        entry.status = next;
        entry.since = &event;
      }
    }
  }
  std::vector<Membership> out;
  for (auto& [party, membership] : by_party) {
    if (membership.status != model::Status::none) {
      out.push_back(std::move(membership));
    }
  }
  return out;
}

} // namespace accords::engine
