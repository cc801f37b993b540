#include "edit/event_id.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace accords::edit {
namespace {

TEST(EventId, DateThenTheTitlesWordsFolded) {
  const auto none = [](std::string_view) { return false; };
  EXPECT_EQ(make_event_id("", "2026-12-01", "Türkiye joins: the \"Accords\"!", none),
            "2026-12-01-turkiye-joins-the-accords");
  EXPECT_EQ(make_event_id("aa-", "2026", "Kazakhstan", none), "aa-2026-kazakhstan");
}

TEST(EventId, StaysShortAndEndsAtAWord) {
  const auto none = [](std::string_view) { return false; };
  const auto id = make_event_id("", "2026-12-01", std::string(30, 'a') + " " + std::string(30, 'b') + " c", none);
  EXPECT_LE(id.size(), 64U);
  EXPECT_EQ(id, "2026-12-01-" + std::string(30, 'a'));
}

TEST(EventId, NumbersATakenId) {
  const std::set<std::string, std::less<>> taken{"2026-x", "2026-x-2"};
  const auto is_taken = [&](std::string_view id) { return taken.contains(id); };
  EXPECT_EQ(make_event_id("", "2026", "x", is_taken), "2026-x-3");
}

TEST(EventId, CommonPrefixIsTheOneMostIdsUse) {
  const std::vector<std::string_view> ids{"aa-2020-09-15-a", "aa-2021-b", "other", "bb-2020-c"};
  EXPECT_EQ(common_id_prefix(ids), "");
  const std::vector<std::string_view> mostly{"aa-2020-09-15-a", "aa-2021-b", "bb-2020-c"};
  EXPECT_EQ(common_id_prefix(mostly), "aa-");
  const std::vector<std::string_view> bare{"2020-a", "2021-b"};
  EXPECT_EQ(common_id_prefix(bare), "");
}

} // namespace
} // namespace accords::edit
