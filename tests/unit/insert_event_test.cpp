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

TEST(InsertEvent, RefusesEventsItCannotAppendTo) {
  EXPECT_NE(std::get<std::string>(insert("events: [{id: a}]\n")).find("flow sequence"), std::string::npos);
  EXPECT_NE(std::get<std::string>(insert("events: ~\n")).find("null"), std::string::npos);
  EXPECT_NE(std::get<std::string>(insert("events: text\n")).find("sequence"), std::string::npos);
}

} // namespace
} // namespace accords::edit
