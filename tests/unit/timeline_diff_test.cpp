// engine/timeline_diff: events and treaties added, removed and changed field by field, and
// the parties whose status changes as a result.
#include "engine/timeline_diff.hpp"

#include "load/event_fields.hpp"
#include "test_events.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace accords::engine {
namespace {

using model::EventType;
using model::Status;
using testing::day_of;
using testing::kept;
using testing::kept_list;
using testing::make_event;
using testing::make_timeline;
using testing::make_treaty;

// The fields of the changes, "id:field" each, in order.
std::vector<std::string> changed_keys(const TimelineDiff& diff) {
  std::vector<std::string> keys;
  for (const auto& change : diff.changed) {
    for (const auto& field : change.fields) {
      keys.push_back(std::string(change.new_event->id) + ":" + field.field);
    }
  }
  return keys;
}

// The ids of events.
std::vector<std::string> ids(const std::vector<const model::Event*>& events) { return testing::ids_of(events); }

model::Event signing(std::string id, std::string_view date, std::vector<std::string> parties) {
  return make_event(std::move(id), date, EventType::signing, std::move(parties));
}

TEST(DiffTimelines, TheSameEventsAreEqual) {
  const auto old_timeline = make_timeline({signing("a", "2020-09-15", {"AE", "IL"}), signing("b", "2021", {"MA"})});
  const auto new_timeline = make_timeline({signing("a", "2020-09-15", {"AE", "IL"}), signing("b", "2021", {"MA"})});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2026-01-01"));
  EXPECT_TRUE(diff.equal());
  EXPECT_TRUE(diff.added.empty());
  EXPECT_TRUE(diff.removed.empty());
  EXPECT_TRUE(diff.changed.empty());
  EXPECT_TRUE(diff.members.empty());
}

TEST(DiffTimelines, LoadOrderAndPlaceInTheFileAreNoChange) {
  auto moved = signing("a", "2020-09-15", {"AE"});
  moved.defined_at.line = 40;
  const auto old_timeline = make_timeline({signing("a", "2020-09-15", {"AE"}), signing("b", "2021", {"MA"})});
  const auto new_timeline = make_timeline({signing("b", "2021", {"MA"}), moved});
  EXPECT_TRUE(diff_timelines(old_timeline, new_timeline, day_of("2026-01-01")).equal());
}

TEST(DiffTimelines, AddedAndRemovedByIdInTimelineOrder) {
  const auto old_timeline = make_timeline(
      {signing("kept", "2020", {"AE"}), signing("gone-late", "2022", {"BH"}), signing("gone-early", "2019", {"BH"})});
  const auto new_timeline = make_timeline(
      {signing("new-late", "2024", {"MA"}), signing("kept", "2020", {"AE"}), signing("new-early", "2018", {"MA"})});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2010-01-01"));
  EXPECT_FALSE(diff.equal());
  EXPECT_EQ(ids(diff.added), (std::vector<std::string>{"new-early", "new-late"}));
  EXPECT_EQ(ids(diff.removed), (std::vector<std::string>{"gone-early", "gone-late"}));
  EXPECT_TRUE(diff.changed.empty());
  EXPECT_TRUE(diff.members.empty()); // before any event
}

// One change to each field of an event but its id, by key.
const std::map<std::string, std::function<void(model::Event&)>>& field_edits() {
  static const std::map<std::string, std::function<void(model::Event&)>> edits{
      {"date", [](model::Event& e) { e.date = testing::date_of("2020-09-16"); }},
      {"end", [](model::Event& e) { e.end = testing::date_of("2020-10"); }},
      {"effective", [](model::Event& e) { e.effective = testing::date_of("2021-01-01"); }},
      {"type", [](model::Event& e) { e.type = EventType::ratification; }},
      {"parties",
       [](model::Event& e) {
         e.parties = kept_list({"BH"}); // as many items as before, another one
       }},
      {"mediators", [](model::Event& e) { e.mediators = kept_list({"US"}); }},
      {"from", [](model::Event& e) { e.from = kept("CS"); }},
      {"title", [](model::Event& e) { e.title = kept("Another title"); }},
      {"treaty", [](model::Event& e) { e.treaty = kept("other"); }},
      {"place", [](model::Event& e) { e.place = kept("Washington"); }},
      {"sources", [](model::Event& e) { e.sources = kept_list({"https://example.org/a"}); }},
      {"notes", [](model::Event& e) { e.notes = kept("A note\non two lines"); }},
      {"tags", [](model::Event& e) { e.tags = kept_list({"embassy"}); }},
  };
  return edits;
}

TEST(DiffTimelines, EveryFieldOfTheFieldListIsCompared) {
  // Every field of load/event_fields.hpp has an edit here, so a new field fails this test
  // until it is compared too.
  std::vector<std::string> keys;
  for (const auto& [key, edit] : field_edits()) {
    keys.push_back(key);
  }
  auto expected = load::event_keys();
  expected.erase(expected.begin()); // the id, which pairs the events
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(keys, expected);

  for (const auto& [key, edit] : field_edits()) {
    auto changed = signing("a", "2020-09-15", {"AE"});
    edit(changed);
    const auto old_timeline = make_timeline({signing("a", "2020-09-15", {"AE"})});
    const auto new_timeline = make_timeline({changed});
    const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2000-01-01"));
    EXPECT_EQ(changed_keys(diff), (std::vector<std::string>{"a:" + key})) << key;
  }
}

TEST(DiffTimelines, ChangedFieldsKeepTheirOldAndNewValues) {
  auto old_event = signing("a", "2020-09-15", {"AE", "IL"});
  old_event.notes = kept("Old note");
  auto new_event = signing("a", "2020-09-16", {"AE", "IL", "BH"});
  new_event.place = kept("Washington");
  const auto old_timeline = make_timeline({old_event});
  const auto new_timeline = make_timeline({new_event});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2000-01-01"));
  ASSERT_EQ(diff.changed.size(), 1U);
  const auto& fields = diff.changed.front().fields;
  ASSERT_EQ(fields.size(), 4U); // in the order of the field list
  EXPECT_EQ(fields[0].field, "date");
  EXPECT_EQ(fields[0].old_value.items, (std::vector<std::string>{"2020-09-15"}));
  EXPECT_EQ(fields[0].new_value.items, (std::vector<std::string>{"2020-09-16"}));
  EXPECT_FALSE(fields[0].new_value.is_list);
  EXPECT_EQ(fields[1].field, "parties");
  EXPECT_TRUE(fields[1].old_value.is_list);
  EXPECT_EQ(fields[1].old_value.items, (std::vector<std::string>{"AE", "IL"}));
  EXPECT_EQ(fields[1].new_value.items, (std::vector<std::string>{"AE", "IL", "BH"}));
  EXPECT_EQ(fields[2].field, "place");
  EXPECT_FALSE(fields[2].old_value.present);
  EXPECT_TRUE(fields[2].new_value.present);
  EXPECT_EQ(fields[2].new_value.items, (std::vector<std::string>{"Washington"}));
  EXPECT_EQ(fields[3].field, "notes");
  EXPECT_EQ(fields[3].old_value.items, (std::vector<std::string>{"Old note"}));
  EXPECT_FALSE(fields[3].new_value.present);
}

TEST(DiffTimelines, AnOptionalTextLeftOutIsAbsentNotEmpty) {
  testing::EventExtras from_cs;
  from_cs.from = "CS";
  auto succession = make_event("s", "1993-01-01", EventType::succession, {"CZ"}, from_cs);
  const auto old_timeline = make_timeline({make_event("s", "1993-01-01", EventType::succession, {"CZ"})});
  const auto new_timeline = make_timeline({succession});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("1990-01-01"));
  ASSERT_EQ(changed_keys(diff), (std::vector<std::string>{"s:from"}));
  EXPECT_FALSE(diff.changed.front().fields.front().old_value.present);
  EXPECT_EQ(diff.changed.front().fields.front().new_value.items, (std::vector<std::string>{"CS"}));
}

TEST(DiffTimelines, TreatiesAddedRemovedAndChanged) {
  auto renamed = make_treaty("accords", "Renamed Accords", {"ra"});
  renamed.joined_by = model::JoinedBy::consent;
  const engine::Timeline old_timeline({make_treaty("accords", "Accords"), make_treaty("gone", "Gone Treaty")}, {}, {});
  const engine::Timeline new_timeline({renamed, make_treaty("new", "New Treaty")}, {}, {});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2000-01-01"));
  ASSERT_EQ(diff.added_treaties.size(), 1U);
  EXPECT_EQ(diff.added_treaties.front()->id, "new");
  ASSERT_EQ(diff.removed_treaties.size(), 1U);
  EXPECT_EQ(diff.removed_treaties.front()->id, "gone");
  ASSERT_EQ(diff.changed_treaties.size(), 1U);
  std::vector<std::string> fields;
  for (const auto& field : diff.changed_treaties.front().fields) {
    fields.push_back(field.field);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "aliases", "joined-by"}));
  EXPECT_EQ(diff.changed_treaties.front().fields[2].old_value.items, (std::vector<std::string>{"signature"}));
  EXPECT_EQ(diff.changed_treaties.front().fields[2].new_value.items, (std::vector<std::string>{"consent"}));
  EXPECT_FALSE(diff.equal());
}

// "TREATY PARTY old(since) -> new(since)" of each member change.
std::vector<std::string> member_lines(const TimelineDiff& diff) {
  std::vector<std::string> lines;
  for (const auto& change : diff.members) {
    lines.push_back(change.treaty + " " + change.party + " " + std::string(model::status_name(change.old_status)) +
                    "(" + (change.old_since ? change.old_since->text() : "") + ") -> " +
                    std::string(model::status_name(change.new_status)) + "(" +
                    (change.new_since ? change.new_since->text() : "") + ")");
  }
  return lines;
}

TEST(DiffTimelines, MembersWhoseStatusOrSinceDayChanges) {
  const auto old_timeline = make_timeline({
      signing("founders", "2020-09-15", {"AE", "IL"}),
      make_event("report-om", "2020-10-24", EventType::report, {"OM"}),
      make_event("report-tn", "2020-11-01", EventType::report, {"TN"}),
  });
  const auto new_timeline = make_timeline({
      signing("founders", "2020-09-15", {"AE", "IL"}), make_event("report-om", "2020-10-24", EventType::report, {"OM"}),
      make_event("report-tn", "2020-11-02", EventType::report, {"TN"}), // one day later
      signing("morocco", "2020-12-22", {"MA"}),                         // a new party
  });
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2021-03-01"));
  EXPECT_EQ(member_lines(diff), (std::vector<std::string>{
                                    "accords MA none() -> party(2020-12-22)",
                                    "accords TN candidate(2020-11-01) -> candidate(2020-11-02)",
                                }));
  // Before Morocco signs and Tunisia is reported, only the event changes differ.
  const auto earlier = diff_timelines(old_timeline, new_timeline, day_of("2020-10-31"));
  EXPECT_TRUE(earlier.members.empty());
  EXPECT_FALSE(earlier.equal());
}

TEST(DiffTimelines, APartyThatLeavesTheNewSideIsListedAsNone) {
  const auto old_timeline = make_timeline({signing("founders", "2020-09-15", {"AE", "IL", "BH"})});
  const auto new_timeline = make_timeline({signing("founders", "2020-09-15", {"AE", "IL"})});
  const auto diff = diff_timelines(old_timeline, new_timeline, day_of("2021-01-01"));
  EXPECT_EQ(member_lines(diff), (std::vector<std::string>{"accords BH party(2020-09-15) -> none()"}));
  EXPECT_EQ(changed_keys(diff), (std::vector<std::string>{"founders:parties"}));
}

} // namespace
} // namespace accords::engine
