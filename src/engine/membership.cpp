#include "engine/membership.hpp"

#include "model/entity.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace accords::engine {
namespace {

using model::EventType;
using model::Status;

// Rank in candidate < announced < any status of a state that signed or joined; 0 for none,
// declined, withdrawn and suspended, which a report or an announcement replaces.
int rank(Status status) {
  switch (status) {
  case Status::candidate:
    return 1;
  case Status::announced:
    return 2;
  case Status::signatory:
  case Status::consented:
  case Status::party:
  case Status::withdrawing:
    return 3;
  default:
    return 0;
  }
}

// A change of status at a day: an event on its first day, or what an event's `effective`
// brings on that day.
struct Step {
  date::sys_days day;
  bool deferred = false; // the `effective` day of a consent or a withdrawal notice
  std::size_t order = 0; // the event's place in timeline order
  const model::Event* event = nullptr;
};

// One party's membership as the steps go, with the consent or notice awaiting its day.
struct Standing {
  Membership membership;
  const model::Event* awaiting = nullptr;
};

// Applies the steps of one treaty's events, in order, to the standings of its parties.
class StatusMachine {
public:
  explicit StatusMachine(model::JoinedBy joined_by) : joined_by_(joined_by) {}

  void apply(const Step& step) {
    const auto& event = *step.event;
    if (step.deferred) {
      for (const auto& party : event.parties) {
        take_effect(standing(party), event);
      }
      return;
    }
    if (event.type == EventType::entry_into_force && event.parties.empty()) {
      treaty_in_force_ = true;
      for (auto& [code, standing] : standings_) {
        if (standing.membership.status == Status::consented && standing.awaiting == nullptr) {
          become(standing, Status::party, event, event.date);
          standing.membership.in_force = event.date;
        }
      }
      return;
    }
    for (const auto& party : event.parties) {
      apply_to(standing(party), event);
    }
  }

  // Every standing with a status, by party code.
  [[nodiscard]] std::vector<Membership> memberships() && {
    std::vector<Membership> out;
    for (auto& [code, standing] : standings_) {
      if (standing.membership.status != Status::none) {
        out.push_back(std::move(standing.membership));
      }
    }
    return out;
  }

private:
  Standing& standing(std::string_view party) {
    auto [found, inserted] = standings_.try_emplace(std::string(party));
    if (inserted) {
      found->second.membership.party = std::string(party);
    }
    return found->second;
  }

  // Gives `standing` `status` from `event`, held from `day`, unless it holds it already.
  static void become(Standing& standing, Status status, const model::Event& event, const model::PartialDate& day) {
    auto& membership = standing.membership;
    if (membership.status != status) {
      membership.status = status;
      membership.since = &event;
      membership.since_date = day;
    }
  }

  void apply_to(Standing& standing, const model::Event& event) {
    auto& membership = standing.membership;
    switch (event.type) {
    case EventType::report:
      if (rank(membership.status) < rank(Status::candidate)) {
        become(standing, Status::candidate, event, event.date);
      }
      break;
    case EventType::announcement:
      if (rank(membership.status) < rank(Status::announced)) {
        become(standing, Status::announced, event, event.date);
      }
      break;
    case EventType::rejection:
      if (rank(membership.status) < rank(Status::signatory) && membership.status != Status::withdrawn &&
          membership.status != Status::suspended) {
        become(standing, Status::declined, event, event.date);
      }
      break;
    case EventType::signing:
      note_first(membership, membership.signed_on, event.date);
      if (joined_by_ == model::JoinedBy::signature) {
        join(standing, event);
      } else if (rank(membership.status) < rank(Status::signatory)) {
        become(standing, Status::signatory, event, event.date);
      }
      break;
    case EventType::ratification:
    case EventType::acceptance:
    case EventType::approval:
    case EventType::accession:
      consent(standing, event);
      break;
    case EventType::entry_into_force:
      join(standing, event);
      break;
    case EventType::succession:
      succeed(standing, event);
      break;
    case EventType::withdrawal_notice:
      standing.awaiting = &event;
      become(standing, Status::withdrawing, event, event.date);
      break;
    case EventType::withdrawal:
      standing.awaiting = nullptr;
      become(standing, Status::withdrawn, event, event.date);
      membership.withdrawn = event.date;
      break;
    case EventType::suspension:
      standing.awaiting = nullptr;
      become(standing, Status::suspended, event, event.date);
      break;
    default:
      break; // relations, embassies, agreements, summits, sanctions and the rest give no status
    }
  }

  // Sets `day` to `date` unless the party has one since it last left.
  static void note_first(const Membership& membership, std::optional<model::PartialDate>& day,
                         const model::PartialDate& date) {
    if (!day || membership.status == Status::withdrawn) {
      day = date;
    }
  }

  // Makes the party a party from `event`'s date, the treaty in force for it.
  static void join(Standing& standing, const model::Event& event) {
    standing.awaiting = nullptr;
    if (standing.membership.status != Status::party) {
      standing.membership.in_force = event.date;
    }
    become(standing, Status::party, event, event.date);
  }

  // A ratification, acceptance, approval or accession: a party at once when signing makes
  // parties or the treaty is in force and no `effective` says otherwise; else consented,
  // a party at its `effective` day or the treaty's entry into force.
  void consent(Standing& standing, const model::Event& event) {
    note_first(standing.membership, standing.membership.consented, event.date);
    if (standing.membership.status == Status::party) {
      return;
    }
    if (event.effective) {
      standing.awaiting = &event;
      become(standing, Status::consented, event, event.date);
    } else if (joined_by_ == model::JoinedBy::signature || treaty_in_force_) {
      join(standing, event);
    } else {
      standing.awaiting = nullptr;
      become(standing, Status::consented, event, event.date);
    }
  }

  // What `event`'s `effective` day brings, if the party still awaits it.
  static void take_effect(Standing& standing, const model::Event& event) {
    if (standing.awaiting != &event) {
      return;
    }
    standing.awaiting = nullptr;
    auto& membership = standing.membership;
    if (event.type == EventType::withdrawal_notice) {
      become(standing, Status::withdrawn, event, *event.effective);
      membership.withdrawn = event.effective;
    } else {
      become(standing, Status::party, event, *event.effective);
      membership.in_force = event.effective;
    }
  }

  // The predecessor's status, days and awaited effect carried over to the party.
  void succeed(Standing& standing, const model::Event& event) {
    const auto predecessor = standings_.find(std::string(event.from));
    if (predecessor == standings_.end() || predecessor->second.membership.status == Status::none) {
      return; // `check` warns
    }
    const auto& from = predecessor->second;
    auto& membership = standing.membership;
    membership.signed_on = from.membership.signed_on;
    membership.consented = from.membership.consented;
    membership.in_force = from.membership.in_force;
    membership.withdrawn = from.membership.withdrawn;
    standing.awaiting = from.awaiting;
    membership.status = Status::none; // held from the succession, whatever it held before
    become(standing, from.membership.status, event, event.date);
  }

  model::JoinedBy joined_by_;
  bool treaty_in_force_ = false;
  std::map<std::string, Standing, std::less<>> standings_;
};

} // namespace

std::vector<Membership> memberships_as_of(const Timeline& timeline, std::string_view treaty, date::sys_days day) {
  const auto* definition = timeline.find_treaty(treaty);
  std::vector<Step> steps;
  std::size_t order = 0;
  for (const auto& event : timeline.events()) {
    const auto first = event.date.first_day();
    if (first > day) {
      break; // events are in timeline order, by first day first
    }
    ++order;
    if (event.treaty != treaty) {
      continue;
    }
    steps.push_back({first, false, order, &event});
    if (event.effective && event.effective->first_day() <= day) {
      steps.push_back({event.effective->first_day(), true, order, &event});
    }
  }
  // On one day, what earlier events bring comes before the day's own events.
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
    return std::tuple(a.day, !a.deferred, a.order) < std::tuple(b.day, !b.deferred, b.order);
  });
  StatusMachine machine(definition != nullptr ? definition->joined_by : model::JoinedBy::signature);
  for (const auto& step : steps) {
    machine.apply(step);
  }
  auto memberships = std::move(machine).memberships();
  std::erase_if(memberships, [&](const Membership& membership) {
    const auto* entity = model::entity_by_code(membership.party);
    return entity != nullptr && entity->until && entity->until->last_day() < day;
  });
  return memberships;
}

} // namespace accords::engine
