// model/optional_text: absent is not empty, and it reads like std::optional<std::string_view>.
#include "model/optional_text.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace accords::model {
namespace {

TEST(OptionalText, AbsentIsNotEmpty) {
  const OptionalText absent;
  const OptionalText empty = "";
  const OptionalText from_null_view = std::string_view(); // a present text with no bytes
  EXPECT_FALSE(absent.has_value());
  EXPECT_FALSE(absent);
  EXPECT_TRUE(empty.has_value());
  EXPECT_TRUE(from_null_view.has_value());
  EXPECT_EQ(*empty, "");
  EXPECT_FALSE(absent == empty);
  EXPECT_TRUE(empty == from_null_view);
  EXPECT_EQ(absent.value_or("-"), "-");
  EXPECT_EQ(empty.value_or("-"), "");
  EXPECT_EQ(sizeof(OptionalText), 16U);
}

TEST(OptionalText, ReadsLikeAnOptionalView) {
  const std::string text = "Washington";
  const OptionalText place = std::string_view(text);
  EXPECT_EQ(place, "Washington");
  EXPECT_EQ(place, std::string_view("Washington"));
  EXPECT_FALSE(place == "Vienna");
  EXPECT_EQ((*place).data(), text.data()); // a view, not a copy
  EXPECT_TRUE(OptionalText(std::nullopt) == OptionalText());
  EXPECT_FALSE(OptionalText() == "");
  const std::optional<std::string_view> round_trip = place;
  ASSERT_TRUE(round_trip.has_value());
  EXPECT_EQ(*round_trip, "Washington");
  EXPECT_FALSE(std::optional<std::string_view>(OptionalText()).has_value());
  EXPECT_EQ(OptionalText(std::optional<std::string_view>("")), "");
  EXPECT_FALSE(OptionalText(std::optional<std::string_view>()).has_value());
  std::ostringstream out;
  out << place << ' ' << OptionalText();
  EXPECT_EQ(out.str(), "\"Washington\" (none)");
}

} // namespace
} // namespace accords::model
