#include "engine/timeline_diff.hpp"

#include "load/event_fields.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace accords::engine {
namespace {

// Whether two values of a field are the same as written.
template <typename Value> bool same(const Value& a, const Value& b) { return a == b; }
bool same(std::span<const std::string_view> a, std::span<const std::string_view> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// A text value; an optional field's empty text (a succession's `from` left out) is absent.
FieldValue text_value(const load::Field& field, std::string_view text) {
  if (field.need == load::Need::optional && text.empty()) {
    return {};
  }
  return {.present = true, .is_list = false, .items = {std::string(text)}};
}

// A list value.
template <typename List> FieldValue list_value(const List& list) {
  return {.present = true, .is_list = true, .items = {list.begin(), list.end()}};
}

// A field's value as written, by the member's type.
FieldValue value_of(const load::Field& field, std::string_view text) { return text_value(field, text); }
FieldValue value_of(const load::Field& field, const std::string& text) { return text_value(field, text); }
FieldValue value_of(const load::Field& /*field*/, const model::OptionalText& text) {
  return text ? FieldValue{.present = true, .is_list = false, .items = {std::string(*text)}} : FieldValue{};
}
FieldValue value_of(const load::Field& /*field*/, const std::optional<std::string>& text) {
  return text ? FieldValue{.present = true, .is_list = false, .items = {*text}} : FieldValue{};
}
FieldValue value_of(const load::Field& /*field*/, const model::PartialDate& day) {
  return {.present = true, .is_list = false, .items = {day.text()}};
}
FieldValue value_of(const load::Field& /*field*/, const std::optional<model::PartialDate>& day) {
  return day ? FieldValue{.present = true, .is_list = false, .items = {day->text()}} : FieldValue{};
}
FieldValue value_of(const load::Field& /*field*/, model::EventType type) {
  return {.present = true, .is_list = false, .items = {std::string(model::event_type_name(type))}};
}
FieldValue value_of(const load::Field& /*field*/, model::JoinedBy joined_by) {
  return {.present = true, .is_list = false, .items = {std::string(model::joined_by_name(joined_by))}};
}
FieldValue value_of(const load::Field& /*field*/, std::span<const std::string_view> list) { return list_value(list); }
FieldValue value_of(const load::Field& /*field*/, const std::vector<std::string>& list) { return list_value(list); }

// The fields of `old_record` and `new_record` (two events or two treaties) whose values
// differ, in the order `visit_fields` (a visit_*_fields of load/event_fields.hpp) visits them.
template <typename Record, typename VisitFields>
std::vector<FieldChange> changed_fields(const Record& old_record, const Record& new_record, VisitFields visit_fields) {
  std::vector<FieldChange> changes;
  std::size_t old_index = 0;
  visit_fields(old_record, [&](const load::Field& field, const auto& old_member) {
    std::size_t new_index = 0;
    visit_fields(new_record, [&](const load::Field& /*new_field*/, const auto& new_member) {
      if constexpr (std::is_same_v<decltype(old_member), decltype(new_member)>) {
        if (new_index == old_index && !same(old_member, new_member)) {
          changes.push_back({std::string(field.key), value_of(field, old_member), value_of(field, new_member)});
        }
      }
      ++new_index;
    });
    ++old_index;
  });
  return changes;
}

// Visits an event's fields (load::visit_event_fields as a value to pass on).
constexpr auto event_fields = [](const model::Event& event, auto&& visit) { load::visit_event_fields(event, visit); };
// Visits a treaty's fields.
constexpr auto treaty_fields = [](const model::Treaty& treaty, auto&& visit) {
  load::visit_treaty_fields(treaty, visit);
};

// The events of `timeline` by id.
std::unordered_map<std::string_view, const model::Event*> events_by_id(const Timeline& timeline) {
  std::unordered_map<std::string_view, const model::Event*> events;
  events.reserve(timeline.events().size());
  for (const auto& event : timeline.events()) {
    events.emplace(event.id, &event);
  }
  return events;
}

// The treaties of `timeline` by id.
std::unordered_map<std::string_view, const model::Treaty*> treaties_by_id(const Timeline& timeline) {
  std::unordered_map<std::string_view, const model::Treaty*> treaties;
  for (const auto& treaty : timeline.treaties()) {
    treaties.emplace(treaty.id, &treaty);
  }
  return treaties;
}

// The treaties of both sides by id.
struct TreatyIndex {
  std::unordered_map<std::string_view, const model::Treaty*> old_treaties;
  std::unordered_map<std::string_view, const model::Treaty*> new_treaties;
};

void diff_events(const Timeline& old_timeline, const Timeline& new_timeline, TimelineDiff& diff) {
  const auto old_events = events_by_id(old_timeline);
  const auto new_events = events_by_id(new_timeline);
  for (const auto& event : new_timeline.events()) {
    const auto found = old_events.find(event.id);
    if (found == old_events.end()) {
      diff.added.push_back(&event);
    } else if (auto fields = changed_fields(*found->second, event, event_fields); !fields.empty()) {
      diff.changed.push_back({found->second, &event, std::move(fields)});
    }
  }
  for (const auto& event : old_timeline.events()) {
    if (!new_events.contains(event.id)) {
      diff.removed.push_back(&event);
    }
  }
}

void diff_treaties(const Timeline& old_timeline, const Timeline& new_timeline, const TreatyIndex& index,
                   TimelineDiff& diff) {
  for (const auto& treaty : new_timeline.treaties()) {
    const auto found = index.old_treaties.find(treaty.id);
    if (found == index.old_treaties.end()) {
      diff.added_treaties.push_back(&treaty);
    } else if (auto fields = changed_fields(*found->second, treaty, treaty_fields); !fields.empty()) {
      diff.changed_treaties.push_back({found->second, &treaty, std::move(fields)});
    }
  }
  for (const auto& treaty : old_timeline.treaties()) {
    if (!index.new_treaties.contains(treaty.id)) {
      diff.removed_treaties.push_back(&treaty);
    }
  }
}

// The memberships of the treaty `id` in `timeline` as of `day` by party; none when the
// timeline has no such treaty (`has_treaty` false).
std::map<std::string, Membership> memberships_by_party(const Timeline& timeline, bool has_treaty, std::string_view id,
                                                       date::sys_days day) {
  std::map<std::string, Membership> by_party;
  if (has_treaty) {
    for (auto& membership : memberships_as_of(timeline, id, day)) {
      auto party = membership.party;
      by_party.emplace(std::move(party), std::move(membership));
    }
  }
  return by_party;
}

// The parties of the treaty `id` whose status or since-day differs between the two sides.
void diff_members(const Timeline& old_timeline, const Timeline& new_timeline, const TreatyIndex& index,
                  std::string_view id, TimelineDiff& diff) {
  const auto old_members = memberships_by_party(old_timeline, index.old_treaties.contains(id), id, diff.as_of);
  const auto new_members = memberships_by_party(new_timeline, index.new_treaties.contains(id), id, diff.as_of);
  std::map<std::string, MemberChange> changes; // by party code
  const auto change_of = [&](const std::string& party) -> MemberChange& {
    auto& change = changes[party];
    change.treaty = std::string(id);
    change.party = party;
    return change;
  };
  for (const auto& [party, membership] : old_members) {
    const auto found = new_members.find(party);
    if (found == new_members.end() || found->second.status != membership.status ||
        found->second.since_date != membership.since_date) {
      auto& change = change_of(party);
      change.old_status = membership.status;
      change.old_since = membership.since_date;
    }
  }
  for (const auto& [party, membership] : new_members) {
    const auto found = old_members.find(party);
    if (found == old_members.end() || found->second.status != membership.status ||
        found->second.since_date != membership.since_date) {
      auto& change = change_of(party);
      change.new_status = membership.status;
      change.new_since = membership.since_date;
    }
  }
  for (auto& [party, change] : changes) {
    diff.members.push_back(std::move(change));
  }
}

} // namespace

TimelineDiff diff_timelines(const Timeline& old_timeline, const Timeline& new_timeline, date::sys_days as_of) {
  TimelineDiff diff;
  diff.as_of = as_of;
  const TreatyIndex index{treaties_by_id(old_timeline), treaties_by_id(new_timeline)};
  diff_treaties(old_timeline, new_timeline, index, diff);
  diff_events(old_timeline, new_timeline, diff);
  for (const auto& treaty : new_timeline.treaties()) {
    diff_members(old_timeline, new_timeline, index, treaty.id, diff);
  }
  for (const auto* treaty : diff.removed_treaties) {
    diff_members(old_timeline, new_timeline, index, treaty->id, diff);
  }
  return diff;
}

} // namespace accords::engine
