// edit/file_fields: what a file holds, compared before and after an event is added.
#include "edit/file_fields.hpp"

#include <gtest/gtest.h>

#include <string>

namespace accords::edit {
namespace {

const std::string head = "schema: 1\ntreaty:\n  id: tt\n  name: T\nevents:\n";
const std::string first = "  - id: e1\n    date: 2020-01-15\n    type: signing\n    parties: [IL]\n    title: First\n";
const std::string second = "  - id: x1\n    date: 2021\n    type: summit\n    parties: [IL]\n    title: X\n";

TEST(HoldsTheSameAndOneEventMore, WhenOnlyAnEventWasAddedAfterTheLast) {
  EXPECT_TRUE(holds_the_same_and_one_event_more("t.yaml", head + first, head + first + "\n" + second));
  EXPECT_TRUE(holds_the_same_and_one_event_more("t.yaml", "schema: 2\ntreaty: tt\nevents:\n",
                                                "schema: 2\ntreaty: tt\nevents:\n" + second));
}

TEST(HoldsTheSameAndOneEventMore, NotWhenAnEarlierValueChanged) {
  const auto kept = "    notes: |+\n      kept\n\n";
  const auto gained = "    notes: |+\n      kept\n\n\n";
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head + first + kept, head + first + gained + second));
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head + first,
                                                 "schema: 1\ntreaty:\n  id: tt\n  name: U\n"
                                                 "events:\n" +
                                                     first + second));
}

TEST(HoldsTheSameAndOneEventMore, NotWithoutExactlyOneEventMoreNorWithErrors) {
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head + first, head + first));
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head, head + first + second));
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head + first, head + first + "  - id: broken\n"));
  EXPECT_FALSE(holds_the_same_and_one_event_more("t.yaml", head + first, head + second + first))
      << "not after the last";
}

} // namespace
} // namespace accords::edit
