// render/fields: the columns --fields names and their values.
#include "render/fields.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;

std::vector<std::string> names_of(const std::vector<Field>& fields) {
  std::vector<std::string> names;
  for (const auto field : fields) {
    names.emplace_back(field_name(field));
  }
  return names;
}

model::Event full_event() {
  EventExtras extras;
  extras.end = "2020-09-16";
  extras.treaty = "abraham-accords";
  extras.mediators = {"US", "EG"};
  extras.title = "Abraham Accords signed";
  auto event = make_event("aa-signing", "2020-09-15", EventType::entry_into_force, {"IL", "AE", "BH"}, extras);
  event.place = "Washington, D.C.";
  event.sources = testing::kept_list({"https://example.org/a", "Treaty text, p. 1"});
  event.notes = "line one\nline two";
  event.tags = testing::kept_list({"gulf", "normalization"});
  return event;
}

TEST(Fields, AllInTheOrderOfCliMd) {
  const auto all = all_fields();
  EXPECT_EQ(names_of(std::vector<Field>(all.begin(), all.end())),
            (std::vector<std::string>{"id", "date", "end", "treaty", "type", "parties", "mediators", "title", "place",
                                      "tags", "sources", "notes", "effective", "from"}));
}

TEST(Fields, ParseRoundTrips) {
  for (const auto field : all_fields()) {
    EXPECT_EQ(parse_field(field_name(field)), field) << field_name(field);
  }
}

TEST(Fields, ParseRejectsOtherNames) {
  for (const char* name : {"Title", "TITLE", "", "title ", "note", "precision", "party", "source", "all"}) {
    EXPECT_FALSE(parse_field(name).has_value()) << "'" << name << "'";
  }
}

TEST(Fields, Defaults) {
  EXPECT_EQ(names_of(default_script_fields()),
            (std::vector<std::string>{"id", "date", "end", "treaty", "type", "parties", "title"}));
  EXPECT_EQ(names_of(default_table_fields()),
            (std::vector<std::string>{"date", "end", "treaty", "type", "parties", "title"}));
}

TEST(FieldValue, EveryField) {
  const auto event = full_event();
  EXPECT_EQ(field_value(event, Field::id), "aa-signing");
  EXPECT_EQ(field_value(event, Field::date), "2020-09-15");
  EXPECT_EQ(field_value(event, Field::end), "2020-09-16");
  EXPECT_EQ(field_value(event, Field::treaty), "abraham-accords");
  EXPECT_EQ(field_value(event, Field::type), "entry-into-force");
  EXPECT_EQ(field_value(event, Field::parties), "IL,AE,BH");
  EXPECT_EQ(field_value(event, Field::mediators), "US,EG");
  EXPECT_EQ(field_value(event, Field::title), "Abraham Accords signed");
  EXPECT_EQ(field_value(event, Field::place), "Washington, D.C.");
  EXPECT_EQ(field_value(event, Field::tags), "gulf,normalization");
  EXPECT_EQ(field_value(event, Field::sources), "https://example.org/a,Treaty text\\, p. 1");
  EXPECT_EQ(field_value(event, Field::notes), "line one\nline two");
}

TEST(FieldValue, DisplayListsJoinWithCommaAndSpaceAsTheyAre) {
  const auto event = full_event();
  EXPECT_EQ(field_value(event, Field::parties, ListCell::display), "IL, AE, BH");
  EXPECT_EQ(field_value(event, Field::sources, ListCell::display), "https://example.org/a, Treaty text, p. 1");
  EXPECT_EQ(field_value(event, Field::title, ListCell::display), "Abraham Accords signed") << "not a list";
}

TEST(FieldValue, ScriptListsEscapeCommasAndBackslashes) {
  auto event = full_event();
  event.sources = testing::kept_list({"Reuters, 15 Sept; p. 2", "C:\\path,x", "\\", ",", "plain"});
  const auto cell = field_value(event, Field::sources);
  EXPECT_EQ(cell, "Reuters\\, 15 Sept; p. 2,C:\\\\path\\,x,\\\\,\\,,plain");
  EXPECT_EQ(split_list_cell(cell),
            (std::vector<std::string>{"Reuters, 15 Sept; p. 2", "C:\\path,x", "\\", ",", "plain"}));
}

TEST(SplitListCell, PlainCodesAsBefore) {
  EXPECT_EQ(split_list_cell("IL,AE,BH"), (std::vector<std::string>{"IL", "AE", "BH"}));
  EXPECT_EQ(split_list_cell("IL"), (std::vector<std::string>{"IL"}));
  EXPECT_TRUE(split_list_cell("").empty());
  EXPECT_EQ(split_list_cell("a,"), (std::vector<std::string>{"a", ""}));
  EXPECT_EQ(split_list_cell("a\\"), (std::vector<std::string>{"a\\"})) << "a lone backslash at the end is kept";
}

TEST(ListItems, OfListFieldsOnly) {
  const auto event = full_event();
  EXPECT_EQ(list_items(event, Field::parties), (std::vector<std::string>{"IL", "AE", "BH"}));
  EXPECT_EQ(list_items(event, Field::sources),
            (std::vector<std::string>{"https://example.org/a", "Treaty text, p. 1"}));
  EXPECT_TRUE(list_items(event, Field::title).empty());
}

TEST(FieldValue, DatesAsWritten) {
  EventExtras extras;
  extras.end = "2021";
  const auto event = make_event("coarse", "2020-09", EventType::summit, {"IL"}, extras);
  EXPECT_EQ(field_value(event, Field::date), "2020-09");
  EXPECT_EQ(field_value(event, Field::end), "2021");
  EXPECT_EQ(field_value(make_event("y", "2020", EventType::summit, {"IL"}), Field::date), "2020");
}

TEST(FieldValue, AbsentValuesAreEmpty) {
  const auto event = make_event("bare", "2020", EventType::other, {"IL"});
  EXPECT_EQ(field_value(event, Field::end), "");
  EXPECT_EQ(field_value(event, Field::mediators), "");
  EXPECT_EQ(field_value(event, Field::place), "");
  EXPECT_EQ(field_value(event, Field::tags), "");
  EXPECT_EQ(field_value(event, Field::sources), "");
  EXPECT_EQ(field_value(event, Field::notes), "");
  EXPECT_EQ(field_value(event, Field::parties), "IL");
  EXPECT_EQ(field_value(event, Field::type), "other");
}

} // namespace
} // namespace accords::render
