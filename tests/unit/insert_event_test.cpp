#include "edit/insert_event.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace accords::edit {
namespace {

EventDraft small_draft() {
  EventDraft draft;
  draft.set("id", "new-event");
  draft.set("date", "2026-12-01");
  draft.set("type", "summit");
  draft.set_list("parties", {"IL", "AE"});
  draft.set("title", "A summit");
  return draft;
}

// `original` with the small draft inserted; the message when it is refused.
std::variant<Inserted, std::string> insert(const std::string& original) {
  load::Diagnostics diagnostics;
  const auto path = std::make_shared<const std::string>("t.yaml");
  const auto root = load::parse_yaml(load::SourceBytes(original), path, diagnostics);
  EXPECT_TRUE(root) << original;
  return insert_event(original, *root, small_draft());
}

const std::string item = "  - id: new-event\n    date: 2026-12-01\n    type: summit\n    parties: [IL, AE]\n"
                         "    title: A summit\n";

TEST(InsertEvent, AppendsAfterTheLastEventSeparatedAsTheOthersAre) {
  const std::string original = "# head\ntreaty: t\nevents:\n  - id: a\n    date: 2020\n\n  - id: b\n    date: 2021\n"
                               "# tail comment\n";
  const auto inserted = std::get<Inserted>(insert(original));
  EXPECT_EQ(inserted.text, original + "\n" + item);
  EXPECT_EQ(inserted.line, 11);
}

TEST(InsertEvent, KeepsTheIndentationOfTheItems) {
  const std::string original = "events:\n- id: a\n  date: 2020\n- id: b\n  date: 2021\n";
  const auto inserted = std::get<Inserted>(insert(original));
  EXPECT_EQ(inserted.text, original + "- id: new-event\n  date: 2026-12-01\n  type: summit\n  parties: [IL, AE]\n"
                                      "  title: A summit\n");
}

TEST(InsertEvent, TakesTheIndentationOfADashThatStandsAloneOnItsLine) {
  // The first item's keys start on the line after its `-` and a comment.
  const std::string original = "events:\n  - # about a\n    id: a\n    date: 2020\n";
  const auto inserted = std::get<Inserted>(insert(original));
  EXPECT_EQ(inserted.text, original + "\n  - id: new-event\n    date: 2026-12-01\n    type: summit\n"
                                      "    parties: [IL, AE]\n    title: A summit\n");
}

TEST(InsertEvent, GoesBeforeTheNextRootKeyAndTheCommentsAboveIt) {
  const std::string head = "events:\n  - id: a\n    date: 2020\n";
  const std::string tail = "# about the treaty\ntreaty: t\n";
  const auto inserted = std::get<Inserted>(insert(head + "\n" + tail));
  EXPECT_EQ(inserted.text, head + "\n" + item + "\n" + tail);
  EXPECT_EQ(inserted.line, 5);
}

TEST(InsertEvent, AddsAnEventsKeyAndALastLineEnd) {
  const auto inserted = std::get<Inserted>(insert("treaty: t"));
  EXPECT_EQ(inserted.text, "treaty: t\nevents:\n" + item);
  EXPECT_EQ(inserted.line, 3);
}

TEST(InsertEvent, FillsAnEmptyEventsKey) {
  EXPECT_EQ(std::get<Inserted>(insert("treaty: t\nevents: []\n")).text, "treaty: t\nevents:\n" + item);
  EXPECT_EQ(std::get<Inserted>(insert("treaty: t\nevents:\n")).text, "treaty: t\nevents:\n" + item);
}

TEST(InsertEvent, FollowsCrlfLineEnds) {
  const auto inserted = std::get<Inserted>(insert("treaty: t\r\nevents:\r\n  - id: a\r\n"));
  EXPECT_NE(inserted.text.find("  - id: new-event\r\n    date: 2026-12-01\r\n"), std::string::npos);
  EXPECT_EQ(inserted.text.find("\n\n"), std::string::npos);
}

// The value of `key` in the first event of `text`.
std::string first_event_value(const std::string& text, const std::string& key) {
  load::Diagnostics diagnostics;
  const auto root =
      load::parse_yaml(load::SourceBytes(text), std::make_shared<const std::string>("t.yaml"), diagnostics);
  EXPECT_TRUE(root) << text;
  for (const auto& [name, events] : root ? root->pairs : decltype(root->pairs){}) {
    if (name.value == "events" && !events.items.empty()) {
      for (const auto& [field, value] : events.items.front().pairs) {
        if (field.value == key) {
          return value.value;
        }
      }
    }
  }
  ADD_FAILURE() << "no " << key << " in the first event of\n" << text;
  return {};
}

// Whether the first event's notes have the same value once an event is added to `original`,
// and the new event is there.
void expect_notes_kept(const std::string& original) {
  const auto before = first_event_value(original, "notes");
  const auto after = std::get<Inserted>(insert(original)).text;
  EXPECT_EQ(first_event_value(after, "notes"), before) << "before:\n" << original << "\nafter:\n" << after;
  EXPECT_NE(after.find("id: new-event"), std::string::npos);
}

TEST(InsertEvent, AKeptBlockScalarBeforeTheNewEventKeepsItsValue) {
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept\n\n");
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept\n\n\n");
  expect_notes_kept("events:\n  - id: a\n    notes: >+\n      kept\n");
  expect_notes_kept("events:\n  - id: a\n    notes: |2+\n      kept\n\n");
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept\n\nx-after: 1\n");
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept\n\n# margin\n\nx-after: 1\n");
  expect_notes_kept("events:\r\n  - id: a\r\n    notes: |+\r\n      kept\r\n\r\n");
}

TEST(InsertEvent, ABlockScalarThatEndsTheFileWithoutALineEndKeepsItsValue) {
  expect_notes_kept("events:\n  - id: a\n    notes: |\n      a\n      b");
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept");
  expect_notes_kept("events:\n  - id: a\n    notes: >2\n      a\n      b");
  expect_notes_kept("events:\n  - id: a\n    notes: |-\n      a");
  expect_notes_kept("events:\r\n  - id: a\r\n    notes: |\r\n      a\r\n      b");
  // The header gets the strip indicator, and nothing else of the file changes.
  EXPECT_EQ(std::get<Inserted>(insert("events:\n  - id: a\n    notes: |\n      a")).text,
            "events:\n  - id: a\n    notes: |-\n      a\n\n" + item);
}

TEST(InsertEvent, GoesBeforeTheDocumentEndMarker) {
  const std::string head = "treaty: t\nevents:\n  - id: a\n    date: 2020\n";
  for (const std::string tail : {"...\n", "...", "... # the end\n", "...\n# after the end\n\n", "...\n\n"}) {
    const auto inserted = std::get<Inserted>(insert(head + tail));
    EXPECT_EQ(inserted.text, head + "\n" + item + tail) << tail;
    EXPECT_EQ(inserted.line, 6) << tail;
  }
  // After the comments and blank lines before it, as at the end of a file; an events key
  // added goes there too; CRLF line ends are followed.
  EXPECT_EQ(std::get<Inserted>(insert(head + "# last\n\n...\n")).text, head + "# last\n\n\n" + item + "...\n");
  EXPECT_EQ(std::get<Inserted>(insert("--- # t\ntreaty: t\n...\n")).text,
            "--- # t\ntreaty: t\nevents:\n" + item + "...\n");
  EXPECT_EQ(std::get<Inserted>(insert("events:\r\n  - id: a\r\n...\r\n")).text,
            "events:\r\n  - id: a\r\n\r\n  - id: new-event\r\n    date: 2026-12-01\r\n    type: summit\r\n"
            "    parties: [IL, AE]\r\n    title: A summit\r\n...\r\n");
  // A kept block scalar before the marker keeps its value.
  expect_notes_kept("events:\n  - id: a\n    notes: |+\n      kept\n\n...\n");
  // Text that only starts with dots is no marker.
  EXPECT_EQ(std::get<Inserted>(insert(head + "#...\n")).text, head + "#...\n\n" + item);
}

TEST(InsertEvent, RefusesEventsItCannotAppendTo) {
  EXPECT_NE(std::get<std::string>(insert("events: [{id: a}]\n")).find("flow sequence"), std::string::npos);
  EXPECT_NE(std::get<std::string>(insert("events: ~\n")).find("null"), std::string::npos);
  EXPECT_NE(std::get<std::string>(insert("events: text\n")).find("sequence"), std::string::npos);
}

} // namespace
} // namespace accords::edit
