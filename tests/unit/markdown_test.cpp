// render/markdown: GitHub-flavoured pipe tables.
#include "render/markdown.hpp"

#include "render/markdown_escape.hpp"

#include "test_events.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;

std::string markdown(const EventList& events, const std::vector<Field>& fields, bool header = true) {
  std::ostringstream out;
  write_markdown(out, events, fields, header);
  return out.str();
}

model::Event titled(std::string title) {
  EventExtras extras;
  extras.title = std::move(title);
  return make_event("e1", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
}

TEST(Markdown, HeaderSeparatorAndRows) {
  const auto a = titled("Abraham Accords");
  const auto b = make_event("e2", "2021", EventType::report, {"MA"});
  EXPECT_EQ(markdown({&a, &b}, {Field::id, Field::date, Field::parties, Field::title}),
            "| id | date | parties | title |\n"
            "| --- | --- | --- | --- |\n"
            "| e1 | 2020-09-15 | IL, AE | Abraham Accords |\n"
            "| e2 | 2021 | MA | Title of e2 |\n");
}

TEST(Markdown, WithoutHeader) {
  const auto a = titled("Abraham Accords");
  EXPECT_EQ(markdown({&a}, {Field::id, Field::title}, false), "| e1 | Abraham Accords |\n");
}

TEST(Markdown, HeaderAloneForNoEvents) {
  EXPECT_EQ(markdown({}, {Field::id, Field::title}), "| id | title |\n| --- | --- |\n");
  EXPECT_EQ(markdown({}, {Field::id, Field::title}, false), "");
}

TEST(Markdown, EscapesPipes) {
  const auto a = titled("a | b");
  EXPECT_EQ(markdown({&a}, {Field::title}, false), "| a \\| b |\n");
  const auto b = titled("||");
  EXPECT_EQ(markdown({&b}, {Field::title}, false), "| \\|\\| |\n");
}

TEST(Markdown, EscapesBackslashes) {
  const auto a = titled("C:\\path\\");
  EXPECT_EQ(markdown({&a}, {Field::title}, false), "| C:\\\\path\\\\ |\n");
  const auto b = titled("\\|");
  EXPECT_EQ(markdown({&b}, {Field::title}, false), "| \\\\\\| |\n") << "the backslash cannot eat the pipe's escape";
}

TEST(Markdown, LineBreaksBecomeSpaces) {
  const auto a = titled("one\ntwo\r\nthree\tfour");
  EXPECT_EQ(markdown({&a}, {Field::title}, false), "| one two  three four |\n");
}

TEST(Markdown, ListsJoinedWithCommaAndSpaceAndEscaped) {
  auto a = titled("T");
  a.tags = testing::kept_list({"x|y", "z"});
  a.sources = testing::kept_list({"https://example.org/?a=1|2"});
  EXPECT_EQ(markdown({&a}, {Field::tags, Field::sources, Field::end, Field::place}, false),
            "| x\\|y, z | https://example.org/?a=1\\|2 |  |  |\n");
}

TEST(Markdown, OtherMarkupIsEscapedAsInTheReport) {
  const auto a = titled("*bold* `code` <b> & _x_ [link](https://x.org) # ~ caf\xC3\xA9");
  EXPECT_EQ(markdown({&a}, {Field::title}, false),
            "| \\*bold\\* \\`code\\` \\<b\\> \\& \\_x\\_ \\[link\\](https://x.org) \\# \\~ caf\xC3\xA9 |\n");
  EXPECT_EQ(markdown({&a}, {Field::title}, false), "| " + markdown_text(a.title) + " |\n") << "the report's escaping";
}

} // namespace
} // namespace accords::render
