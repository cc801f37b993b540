// util/text: ASCII case helpers, join and split.
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::util {
namespace {

using Items = std::vector<std::string>;

TEST(AsciiLower, LowersOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lower("Hello, WORLD 42 [@Z`]"), "hello, world 42 [@z`]");
  EXPECT_EQ(ascii_lower(""), "");
  EXPECT_EQ(ascii_lower("ÉCOLE Ünïcode"), "École Ünïcode"); // multi-byte letters are kept as they are
}

TEST(Iequals, IgnoresAsciiCaseOnly) {
  EXPECT_TRUE(iequals("Israel", "ISRAEL"));
  EXPECT_TRUE(iequals("", ""));
  EXPECT_FALSE(iequals("Israel", "Israe"));
  EXPECT_FALSE(iequals("Israel", "Israel "));
  EXPECT_FALSE(iequals("É", "é"));
  EXPECT_FALSE(iequals("[", "{")); // '[' + 32 is '{', but neither is a letter
  EXPECT_FALSE(iequals("@", "`"));
}

TEST(LiesIn, OnlyViewsOfTheSameBytes) {
  const std::string bytes = "abraham accords";
  const std::string_view all(bytes);
  EXPECT_TRUE(lies_in(all, all));
  EXPECT_TRUE(lies_in(all, all.substr(8, 7)));
  EXPECT_TRUE(lies_in(all, all.substr(15)));                 // empty, at the very end
  EXPECT_FALSE(lies_in(all, std::string("abraham")));        // equal text, other bytes
  EXPECT_FALSE(lies_in(all.substr(0, 7), all.substr(5, 5))); // runs past the end
  EXPECT_FALSE(lies_in({}, all));
}

TEST(Icontains, FindsSubstringsIgnoringCase) {
  EXPECT_TRUE(icontains("Abraham Accords Peace Agreement", "accords"));
  EXPECT_TRUE(icontains("Abraham Accords", "ABRAHAM ACCORDS"));
  EXPECT_TRUE(icontains("abc", "C"));
  EXPECT_FALSE(icontains("Abraham", "abrahams"));
  EXPECT_FALSE(icontains("", "a"));
  EXPECT_FALSE(icontains("accords", "acord"));
}

TEST(Icontains, EmptyNeedleAlwaysMatches) {
  EXPECT_TRUE(icontains("anything", ""));
  EXPECT_TRUE(icontains("", ""));
}

TEST(Join, JoinsWithSeparator) {
  EXPECT_EQ(join({"IL", "AE", "BH"}, ","), "IL,AE,BH");
  EXPECT_EQ(join(std::vector<std::string>{"IL", "AE"}, ", "), "IL, AE");
  EXPECT_EQ(join(std::vector<std::string>{"IL"}, ","), "IL");
  EXPECT_EQ(join(std::vector<std::string>{}, ","), "");
  EXPECT_EQ(join(std::vector<std::string>{"", ""}, "-"), "-");
}

TEST(Split, SplitsAtEverySeparator) {
  EXPECT_EQ(split("a,b,c", ','), (Items{"a", "b", "c"}));
  EXPECT_EQ(split("abc", ','), (Items{"abc"}));
  EXPECT_EQ(split("", ','), (Items{""}));
  EXPECT_EQ(split(",", ','), (Items{"", ""}));
  EXPECT_EQ(split("a,,b,", ','), (Items{"a", "", "b", ""}));
  EXPECT_EQ(split("/usr/share:/opt", ':'), (Items{"/usr/share", "/opt"}));
}

TEST(Split, IsTheInverseOfJoin) {
  const Items items{"id", "date", "", "title"};
  EXPECT_EQ(split(join(items, ","), ','), items);
}

} // namespace
} // namespace accords::util
