// render/ics: iCalendar output, TEXT escaping and line folding.
#include "render/ics.hpp"

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

// 2026-11-26T00:00:00Z.
date::sys_seconds stamp_day() { return date::sys_seconds{date::sys_days{date::year{2026} / 11 / 26}}; }

std::string ics(const EventList& events, date::sys_seconds stamp = stamp_day()) {
  std::ostringstream out;
  write_ics(out, events,
            {"1.2.3", stamp, "Abraham Accords \xE2\x80\x94 since 2020", {{"abraham-accords", "Abraham Accords"}}});
  return out.str();
}

// The content lines of an iCalendar text, unfolded (CRLF + space removed), without line ends.
std::vector<std::string> unfolded_lines(std::string text) {
  for (auto at = text.find("\r\n "); at != std::string::npos; at = text.find("\r\n ", at)) {
    text.erase(at, 3);
  }
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  EXPECT_EQ(start, text.size()) << "text after the last CRLF";
  return lines;
}

// The value of the first content line of the text whose name (and parameters) is `name`.
std::string property(const std::string& text, const std::string& name) {
  for (const auto& line : unfolded_lines(text)) {
    if (line.rfind(name + ":", 0) == 0) {
      return line.substr(name.size() + 1);
    }
  }
  ADD_FAILURE() << "no " << name << " line in\n" << text;
  return "";
}

model::Event dated(std::string_view date, std::optional<std::string> end = std::nullopt) {
  EventExtras extras;
  extras.end = std::move(end);
  return make_event("e1", date, EventType::summit, {"NO"}, extras);
}

// The DTSTART and DTEND values of the one event's calendar.
std::pair<std::string, std::string> span_of(const model::Event& event) {
  const auto text = ics({&event});
  return {property(text, "DTSTART;VALUE=DATE"), property(text, "DTEND;VALUE=DATE")};
}

TEST(Ics, WholeCalendarForOneFullEvent) {
  EventExtras extras;
  extras.mediators = {"US"};
  extras.title = "Abraham Accords signed";
  extras.treaty = "abraham-accords";
  auto event = make_event("aa-signing", "2020-09-15", EventType::signing, {"IL", "AE"}, extras);
  event.place = "Washington, D.C.";
  event.sources = testing::kept_list({"https://example.org/a", "Book; p. 1"});
  event.notes = "Line one\nline two\n";
  event.tags = testing::kept_list({"gulf", "signing", "a,b"});
  EXPECT_EQ(ics({&event}), "BEGIN:VCALENDAR\r\n"
                           "VERSION:2.0\r\n"
                           "PRODID:-//accords//accords 1.2.3//EN\r\n"
                           "CALSCALE:GREGORIAN\r\n"
                           "X-WR-CALNAME:Abraham Accords \xE2\x80\x94 since 2020\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:aa-signing@accords\r\n"
                           "DTSTAMP:20261126T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20200915\r\n"
                           "DTEND;VALUE=DATE:20200916\r\n"
                           "SUMMARY:Abraham Accords signed\r\n"
                           "DESCRIPTION:Treaty: Abraham Accords\\nType: signing\\nParties: Israel (IL)\\, \r\n"
                           " United Arab Emirates (AE)\\nMediators: United States (US)\\n\\nLine one\\nline\r\n"
                           "  two\\n\\nSources:\\nhttps://example.org/a\\nBook\\; p. 1\r\n"
                           "LOCATION:Washington\\, D.C.\r\n"
                           "CATEGORIES:Abraham Accords,signing,gulf,a\\,b\r\n"
                           "END:VEVENT\r\n"
                           "END:VCALENDAR\r\n");
}

TEST(Ics, BareEventHasNoLocationNorMediatorsNorNotes) {
  const auto event = make_event("bare", "2021", EventType::other, {"MA"});
  EXPECT_EQ(ics({&event}), "BEGIN:VCALENDAR\r\n"
                           "VERSION:2.0\r\n"
                           "PRODID:-//accords//accords 1.2.3//EN\r\n"
                           "CALSCALE:GREGORIAN\r\n"
                           "X-WR-CALNAME:Abraham Accords \xE2\x80\x94 since 2020\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:bare@accords\r\n"
                           "DTSTAMP:20261126T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20210101\r\n"
                           "DTEND;VALUE=DATE:20220101\r\n"
                           "SUMMARY:Title of bare\r\n"
                           "DESCRIPTION:Treaty: accords\\nType: other\\nParties: Morocco (MA)\r\n"
                           "CATEGORIES:accords,other\r\n"
                           "END:VEVENT\r\n"
                           "END:VCALENDAR\r\n");
}

TEST(Ics, NoEventsGiveAnEmptyCalendar) {
  EXPECT_EQ(ics({}), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//accords//accords 1.2.3//EN\r\n"
                     "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Abraham Accords \xE2\x80\x94 since 2020\r\nEND:VCALENDAR\r\n");
}

TEST(Ics, NoCalendarNameWhenNoneIsGiven) {
  std::ostringstream out;
  write_ics(out, {}, {"1.2.3", stamp_day(), "", {}});
  EXPECT_EQ(out.str(), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//accords//accords 1.2.3//EN\r\n"
                       "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

TEST(Ics, TheCalendarNameIsEscaped) {
  std::ostringstream out;
  write_ics(out, {}, {"1.2.3", stamp_day(), "A, B; C\\D", {}});
  EXPECT_NE(out.str().find("X-WR-CALNAME:A\\, B\\; C\\\\D\r\n"), std::string::npos) << out.str();
}

TEST(Ics, DayEventEndsTheNextDay) {
  EXPECT_EQ(span_of(dated("2020-09-15")), std::make_pair(std::string("20200915"), std::string("20200916")));
  EXPECT_EQ(span_of(dated("2020-12-31")), std::make_pair(std::string("20201231"), std::string("20210101")));
  EXPECT_EQ(span_of(dated("2020-02-28")), std::make_pair(std::string("20200228"), std::string("20200229")));
}

TEST(Ics, MonthEventCoversTheWholeMonth) {
  EXPECT_EQ(span_of(dated("2020-09")), std::make_pair(std::string("20200901"), std::string("20201001")));
  EXPECT_EQ(span_of(dated("2020-12")), std::make_pair(std::string("20201201"), std::string("20210101")));
}

TEST(Ics, YearEventCoversTheWholeYear) {
  EXPECT_EQ(span_of(dated("2020")), std::make_pair(std::string("20200101"), std::string("20210101")));
  EXPECT_EQ(span_of(dated("0001")), std::make_pair(std::string("00010101"), std::string("00020101")));
}

TEST(Ics, MultiDayEventEndsTheDayAfterItsLastDay) {
  EXPECT_EQ(span_of(dated("2010-09-29", "2010-10-02")),
            std::make_pair(std::string("20100929"), std::string("20101003")));
  EXPECT_EQ(span_of(dated("2022-03-27", "2022-03-28")),
            std::make_pair(std::string("20220327"), std::string("20220329")));
  // `end` of month or year precision reaches to its last day.
  EXPECT_EQ(span_of(dated("2020-11-20", "2021-02")), std::make_pair(std::string("20201120"), std::string("20210301")));
  EXPECT_EQ(span_of(dated("2020", "2021")), std::make_pair(std::string("20200101"), std::string("20220101")));
  // An `end` inside a month or year date never shrinks it.
  EXPECT_EQ(span_of(dated("2020-09", "2020-09-10")), std::make_pair(std::string("20200901"), std::string("20201001")));
}

TEST(Ics, EventEndingInYear9999UsesDuration) {
  const auto year = dated("9999");
  const auto text = ics({&year});
  EXPECT_EQ(property(text, "DTSTART;VALUE=DATE"), "99990101");
  EXPECT_EQ(property(text, "DURATION"), "P365D");
  EXPECT_EQ(text.find("DTEND"), std::string::npos);
  const auto day = dated("9999-12-30", "9999-12-31");
  EXPECT_EQ(property(ics({&day}), "DURATION"), "P2D");
  const auto before = dated("9999-12-30");
  EXPECT_EQ(property(ics({&before}), "DTEND;VALUE=DATE"), "99991231");
}

TEST(Ics, UidDependsOnTheEventIdOnly) {
  auto a = dated("2020-09-15");
  EventExtras extras;
  extras.title = "A different title";
  extras.end = "2020-09-20";
  extras.treaty = "other";
  auto b = make_event("e1", "2020-09-16", EventType::signing, {"IL"}, extras);
  const auto c = make_event("e2", "2020-09-15", EventType::summit, {"NO"});
  EXPECT_EQ(property(ics({&a}), "UID"), "e1@accords");
  EXPECT_EQ(property(ics({&b}), "UID"), "e1@accords");
  EXPECT_EQ(property(ics({&c, &a}), "UID"), "e2@accords");
  EXPECT_EQ(property(ics({&a}, date::sys_seconds{}), "UID"), "e1@accords") << "nor on the stamp";
}

TEST(Ics, StampIsTheGivenTimeInUtc) {
  const auto event = dated("2020");
  EXPECT_EQ(property(ics({&event}), "DTSTAMP"), "20261126T000000Z");
  const auto afternoon = date::sys_days{date::year{2021} / 2 / 3} + std::chrono::hours{14} + std::chrono::minutes{5} +
                         std::chrono::seconds{9};
  EXPECT_EQ(property(ics({&event}, afternoon), "DTSTAMP"), "20210203T140509Z");
  EXPECT_EQ(property(ics({&event}, date::sys_seconds{}), "DTSTAMP"), "19700101T000000Z");
}

TEST(Ics, CategoriesAreTheTreatyTheTypeThenTagsOnce) {
  auto event = dated("2020");
  event.tags = testing::kept_list({"summit", "x;y", "z", "z"});
  EXPECT_EQ(property(ics({&event}), "CATEGORIES"), "accords,summit,x\\;y,z") << "the id of a treaty with no name";
  event.treaty = "abraham-accords";
  EXPECT_EQ(property(ics({&event}), "CATEGORIES"), "Abraham Accords,summit,x\\;y,z");
}

TEST(Ics, TextValuesAreEscaped) {
  EventExtras extras;
  extras.title = "a\\b;c,d: \"e\"";
  auto event = make_event("e1", "2020", EventType::other, {"MA"}, extras);
  event.place = "x,y;z\\";
  const auto text = ics({&event});
  EXPECT_EQ(property(text, "SUMMARY"), "a\\\\b\\;c\\,d: \"e\"");
  EXPECT_EQ(property(text, "LOCATION"), "x\\,y\\;z\\\\");
}

TEST(IcsEscape, BackslashSemicolonCommaAndLineBreaks) {
  EXPECT_EQ(ics_escape_text("plain text: \"quoted\""), "plain text: \"quoted\"");
  EXPECT_EQ(ics_escape_text("a\\b"), "a\\\\b");
  EXPECT_EQ(ics_escape_text("a;b,c"), "a\\;b\\,c");
  EXPECT_EQ(ics_escape_text("one\ntwo"), "one\\ntwo");
  EXPECT_EQ(ics_escape_text("one\r\ntwo\rthree"), "one\\ntwo\\nthree") << "CRLF is one line break";
  EXPECT_EQ(ics_escape_text("\\n"), "\\\\n") << "a written backslash-n stays two characters";
  EXPECT_EQ(ics_escape_text(""), "");
}

TEST(IcsEscape, ControlCharactersBecomeSpacesButTabStays) {
  EXPECT_EQ(ics_escape_text("a\tb"), "a\tb");
  EXPECT_EQ(ics_escape_text(std::string("a\x01"
                                        "b\x1F"
                                        "c\x7F"
                                        "d")),
            "a b c d");
}

TEST(IcsEscape, NonAsciiIsKept) { EXPECT_EQ(ics_escape_text("Tromsø, 日本"), "Tromsø\\, 日本"); }

TEST(IcsFold, ShortLineIsKept) {
  EXPECT_EQ(ics_fold_line("BEGIN:VEVENT"), "BEGIN:VEVENT\r\n");
  EXPECT_EQ(ics_fold_line(""), "\r\n");
}

TEST(IcsFold, SeventyFiveOctetsFitOnOneLine) {
  const std::string line(75, 'x');
  EXPECT_EQ(ics_fold_line(line), line + "\r\n");
}

TEST(IcsFold, SeventySixOctetsFold) {
  const std::string line = std::string(75, 'x') + "y";
  EXPECT_EQ(ics_fold_line(line), std::string(75, 'x') + "\r\n y\r\n");
}

TEST(IcsFold, ContinuationLinesHoldSeventyFourOctetsAfterTheSpace) {
  const std::string line = std::string(75, 'a') + std::string(74, 'b') + std::string(3, 'c');
  EXPECT_EQ(ics_fold_line(line), std::string(75, 'a') + "\r\n " + std::string(74, 'b') + "\r\n ccc\r\n");
  const std::string exact = std::string(75, 'a') + std::string(74, 'b');
  EXPECT_EQ(ics_fold_line(exact), std::string(75, 'a') + "\r\n " + std::string(74, 'b') + "\r\n");
}

TEST(IcsFold, TwoByteCharacterEndingAtOctet75Stays) {
  const std::string line = std::string(73, 'x') + "é"; // 75 octets
  EXPECT_EQ(ics_fold_line(line), line + "\r\n");
}

TEST(IcsFold, TwoByteCharacterAcrossTheBoundaryMovesToTheNextLine) {
  const std::string line = std::string(74, 'x') + "éz"; // é is octets 75 and 76
  EXPECT_EQ(ics_fold_line(line), std::string(74, 'x') + "\r\n éz\r\n");
}

TEST(IcsFold, ThreeByteCharacterAcrossTheBoundary) {
  // 日 (3 octets) at octets 74-76 and 75-77: both move to the next line.
  EXPECT_EQ(ics_fold_line(std::string(73, 'x') + "日"), std::string(73, 'x') + "\r\n 日\r\n");
  EXPECT_EQ(ics_fold_line(std::string(74, 'x') + "日"), std::string(74, 'x') + "\r\n 日\r\n");
  EXPECT_EQ(ics_fold_line(std::string(72, 'x') + "日"), std::string(72, 'x') + "日\r\n");
}

TEST(IcsFold, FourByteCharacterAcrossAContinuationBoundary) {
  // The second line has room for 74 octets after its space; the emoji would take 73-76.
  const std::string line = std::string(75, 'a') + std::string(72, 'b') + "😀";
  EXPECT_EQ(ics_fold_line(line), std::string(75, 'a') + "\r\n " + std::string(72, 'b') + "\r\n 😀\r\n");
}

TEST(IcsFold, LongNonAsciiTextFoldsOnCharacterBoundariesAndUnfoldsBack) {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) {
    line += "日本é";
  }
  const auto folded = ics_fold_line(line);
  std::string unfolded;
  std::size_t start = 0;
  bool first = true;
  for (auto end = folded.find("\r\n"); end != std::string::npos; end = folded.find("\r\n", start)) {
    const auto physical = folded.substr(start, end - start);
    EXPECT_LE(physical.size(), 75U);
    if (!first) {
      ASSERT_FALSE(physical.empty());
      EXPECT_EQ(physical[0], ' ');
      ASSERT_GT(physical.size(), 1U);
      EXPECT_NE(static_cast<unsigned char>(physical[1]) & 0xC0U, 0x80U) << "a line starts inside a character";
    }
    unfolded += first ? physical : physical.substr(1);
    first = false;
    start = end + 2;
  }
  EXPECT_EQ(start, folded.size());
  EXPECT_EQ(unfolded, line);
}

TEST(Ics, LongNonAsciiTitleIsFoldedInTheCalendar) {
  EventExtras extras;
  extras.title = "Ministerial summit on Åland: 日本と韓国 seek observer seats 北海漁業, Tromsø talks";
  const auto event = make_event("e1", "2020", EventType::summit, {"NO"}, extras);
  const auto text = ics({&event});
  // 北 takes octets 75 to 77 of the SUMMARY line, so the first line ends before it, at 74.
  EXPECT_NE(text.find("\r\nSUMMARY:Ministerial summit on Åland: 日本と韓国 seek observer seats \r\n"
                      " 北海漁業\\, Tromsø talks\r\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(property(text, "SUMMARY"),
            "Ministerial summit on Åland: 日本と韓国 seek observer seats 北海漁業\\, Tromsø talks");
}

} // namespace
} // namespace accords::render
