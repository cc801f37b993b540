// render/table: the aligned, coloured terminal table.
#include "render/table.hpp"

#include "render/style.hpp"
#include "test_events.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace accords::render {
namespace {

using model::EventType;
using testing::EventExtras;
using testing::make_event;
using Lines = std::vector<std::string>;

model::Event titled(std::string id, std::string_view date, EventType type, std::string title,
                    std::vector<std::string> parties = {"IL", "AE"}) {
  EventExtras extras;
  extras.title = std::move(title);
  return make_event(std::move(id), date, type, std::move(parties), extras);
}

std::string table(const EventList& events, const std::vector<Field>& fields, TableOptions options = {}) {
  std::ostringstream out;
  write_table(out, events, fields, options);
  return out.str();
}

// The lines of the table, without the final newline (which every line has).
Lines lines_of(const std::string& text) {
  EXPECT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  return util::split(text.substr(0, text.size() - 1), '\n');
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }

// The text without its SGR escape sequences.
std::string strip_sgr(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      i = text.find('m', i);
      continue;
    }
    out += text[i];
  }
  return out;
}

TEST(Table, AlignsColumnsWithTwoSpaces) {
  const auto a = titled("a", "2020-09-15", EventType::signing, "Abraham Accords");
  const auto b = titled("b", "2021", EventType::report, "Rumour");
  EXPECT_EQ(table({&a, &b}, {Field::date, Field::type, Field::title}),
            "date" + spaces(8) + "type" + spaces(5) + "title\n" +                        //
                "2020-09-15" + spaces(2) + "signing" + spaces(2) + "Abraham Accords\n" + //
                "2021" + spaces(8) + "report" + spaces(3) + "Rumour\n");
}

TEST(Table, HeaderNamesCanBeTheWidestCell) {
  const auto a = titled("a", "2020", EventType::other, "T", {"IL"});
  EXPECT_EQ(table({&a}, {Field::parties, Field::title, Field::date}), "parties  title  date\n"
                                                                      "IL       T      2020\n");
}

TEST(Table, ListsAreJoinedWithCommaAndSpace) {
  const auto a = titled("a", "2020", EventType::other, "T", {"IL", "AE", "BH"});
  EXPECT_EQ(table({&a}, {Field::parties, Field::title}, {.color = false, .header = false, .width = 0}),
            "IL, AE, BH  T\n");
}

TEST(Table, WithoutHeader) {
  const auto a = titled("a", "2020", EventType::other, "A title");
  EXPECT_EQ(table({&a}, {Field::date, Field::title}, {.color = false, .header = false, .width = 0}), "2020  A title\n");
  EXPECT_EQ(table({}, {Field::date, Field::title}, {.color = false, .header = false, .width = 0}), "");
}

TEST(Table, HeaderAloneForNoEvents) { EXPECT_EQ(table({}, {Field::date, Field::title}), "date  title\n"); }

TEST(Table, NoFieldsWritesNothing) {
  const auto a = titled("a", "2020", EventType::other, "A title");
  EXPECT_EQ(table({&a}, {}), "");
}

TEST(Table, AlignsByDisplayWidth) {
  const auto wide = titled("w", "2020", EventType::other, "\xE6\x97\xA5\xE6\x9C\xAC"); // 日本: 4 columns
  const auto combining = titled("c", "2020", EventType::other, "Cafe\xCC\x81");        // Café: 4 columns
  const auto precomposed = titled("p", "2020", EventType::other, "Caf\xC3\xA9 Noir");  // 9 columns
  const auto emoji = titled("e", "2020", EventType::other, "\xF0\x9F\x98\x80!");       // 3 columns
  const auto text = table({&wide, &combining, &precomposed, &emoji}, {Field::title, Field::id});
  EXPECT_EQ(text, "title" + spaces(6) + "id\n" +                       //
                      "\xE6\x97\xA5\xE6\x9C\xAC" + spaces(7) + "w\n" + //
                      "Cafe\xCC\x81" + spaces(7) + "c\n" +             //
                      "Caf\xC3\xA9 Noir" + spaces(2) + "p\n" +         //
                      "\xF0\x9F\x98\x80!" + spaces(8) + "e\n");
  const auto lines = lines_of(text);
  ASSERT_EQ(lines.size(), 5U);
  EXPECT_EQ(util::display_width(lines[0]), 13U);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(util::display_width(lines[i]), 12U) << lines[i];
  }
}

TEST(Table, LineBreaksInCellsBecomeSpaces) {
  auto a = titled("a", "2020", EventType::other, "two\nlines\tand\rtab");
  EXPECT_EQ(table({&a}, {Field::title, Field::id}, {.color = false, .header = false, .width = 0}),
            "two lines and tab  a\n");
}

TEST(Table, NoTrailingBlanksAfterAnEmptyLastCell) {
  const auto a = titled("a", "2020", EventType::other, "A title");
  EXPECT_EQ(table({&a}, {Field::title, Field::end}), "title    end\nA title\n");
}

TEST(Table, NoEscapesWithoutColour) {
  const auto a = titled("a", "2020", EventType::signing, "T");
  EXPECT_EQ(table({&a}, {Field::date, Field::type, Field::title}).find('\x1b'), std::string::npos);
}

TEST(Table, ColourBoldsTheHeaderAndColoursTheType) {
  const auto a = titled("a", "2020-09-15", EventType::signing, "Abraham Accords");
  const auto b = titled("b", "2021", EventType::withdrawal, "Out");
  const std::string bold = "\x1b[1m";
  const std::string green = "\x1b[32m";
  const std::string red = "\x1b[31m";
  const std::string reset = "\x1b[0m";
  EXPECT_EQ(table({&a, &b}, {Field::date, Field::type, Field::title}, {.color = true, .header = true, .width = 0}),
            bold + "date" + reset + spaces(8) + bold + "type" + reset + spaces(8) + bold + "title" + reset + "\n" +
                "2020-09-15" + spaces(2) + green + "signing" + reset + spaces(5) + "Abraham Accords\n" + //
                "2021" + spaces(8) + red + "withdrawal" + reset + spaces(2) + "Out\n");
}

TEST(Table, TypeWithoutColourStaysPlain) {
  const auto a = titled("a", "2020", EventType::other, "T");
  EXPECT_EQ(table({&a}, {Field::type, Field::title}, {.color = true, .header = false, .width = 0}), "other  T\n");
}

TEST(Table, ColourDoesNotChangeTheLayout) {
  const auto a = titled("a", "2020-09-15", EventType::announcement, "Announced \xE6\x97\xA5\xE6\x9C\xAC");
  const auto b = titled("b", "2021", EventType::summit, "A summit", {"IL", "AE", "BH", "MA"});
  const std::vector<Field> fields{Field::date, Field::type, Field::parties, Field::title};
  const auto plain = table({&a, &b}, fields, {.color = false, .header = true, .width = 0});
  const auto coloured = table({&a, &b}, fields, {.color = true, .header = true, .width = 0});
  EXPECT_NE(coloured, plain);
  EXPECT_EQ(strip_sgr(coloured), plain);
}

TEST(Table, WidthZeroMeansNoLimit) {
  const std::string title(300, 'x');
  const auto a = titled("a", "2020-09-15", EventType::signing, title);
  EXPECT_EQ(table({&a}, {Field::date, Field::title}, {.color = false, .header = false, .width = 0}),
            "2020-09-15  " + title + "\n");
}

TEST(Table, FitsByShorteningTheTitle) {
  const std::string title = "The Abraham Accords Declaration is signed at the White House"; // 60 columns
  const auto a = titled("a", "2020-09-15", EventType::signing, title);
  const auto text =
      table({&a}, {Field::date, Field::type, Field::title}, {.color = false, .header = true, .width = 50});
  // 10 + 2 + 7 + 2 = 21 columns before the title, which keeps 29 of them: 28 and the ellipsis.
  EXPECT_EQ(lines_of(text), (Lines{"date" + spaces(8) + "type" + spaces(5) + "title",
                                   "2020-09-15  signing  " + title.substr(0, 28) + "…"}));
}

TEST(Table, ATableThatFitsIsUnchanged) {
  const auto a = titled("a", "2020-09-15", EventType::signing, "Short");
  const std::vector<Field> fields{Field::date, Field::type, Field::title};
  const auto unlimited = table({&a}, fields);
  EXPECT_EQ(table({&a}, fields, {.color = false, .header = true, .width = 26}), unlimited); // exactly 26 columns
  EXPECT_EQ(table({&a}, fields, {.color = false, .header = true, .width = 80}), unlimited);
}

// 27 parties, as a treaty of the European Union has.
std::vector<std::string> eu_members() {
  return {"BE", "BG", "CZ", "DK", "DE", "EE", "IE", "GR", "ES", "FR", "HR", "IT", "CY", "LV",
          "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE"};
}

TEST(Table, ALongPartyListIsSummarisedAndTheTitleGetsTheRoom) {
  const std::string title = "Council decision on the conclusion of the agreement"; // 51 columns
  const auto a = titled("a", "2020-09-15", EventType::signing, title, eu_members());
  const auto b = titled("b", "2020-09-16", EventType::signing, "Short", {"IL", "AE"});
  const auto lines = lines_of(
      table({&a, &b}, {Field::date, Field::parties, Field::title}, {.color = false, .header = true, .width = 85}));
  ASSERT_EQ(lines.size(), 3U);
  // date 10, parties capped at 16, 2 gaps of 2: the title keeps all its 51 columns, and the 4
  // left over go back to the parties, 20 columns: four codes and the count of the rest, 18
  // columns, which is then all the column takes.
  EXPECT_EQ(lines[1], "2020-09-15  BE, BG, CZ, DK +23  " + title);
  EXPECT_EQ(lines[2], "2020-09-16  IL, AE" + spaces(14) + "Short");
}

TEST(Table, DatesAreNeverCut) {
  EventExtras extras;
  extras.title = std::string(60, 't');
  extras.end = "2021-03-31";
  const auto a = make_event("a", "2021-03-01", EventType::summit, {"IL"}, extras);
  for (std::size_t width = 20; width <= 80; ++width) {
    const auto lines = lines_of(table({&a}, {Field::date, Field::end, Field::title}, {.header = true, .width = width}));
    ASSERT_EQ(lines.size(), 2U);
    EXPECT_EQ(lines[1].find("2021-03…"), std::string::npos) << "width " << width << ": " << lines[1];
    EXPECT_EQ(lines[1].rfind("2021-03-01  ", 0), 0U) << "width " << width << ": " << lines[1];
  }
}

TEST(Table, NarrowTerminalsLeaveOutWholeColumnsNotHeaders) {
  EventExtras extras;
  extras.title = "Abraham Accords Declaration signed at the White House";
  extras.treaty = "abraham-accords";
  const auto a = make_event("a", "2020-09-15", EventType::announcement, {"IL", "AE", "BH"}, extras);
  const std::vector<Field> fields{Field::date, Field::end, Field::treaty, Field::type, Field::parties, Field::title};
  const auto at = [&](std::size_t width) { return lines_of(table({&a}, fields, {.header = true, .width = width})); };
  // 60: the end and the treaty are left out, the rest keeps its headers whole.
  // The parties get 8 columns, which "IL, AE, BH" does not fit: "IL +2" does, and the column
  // keeps only the header's 7, giving the title the one left.
  EXPECT_EQ(at(60), (Lines{"date        type          parties  title", //
                           "2020-09-15  announcement  IL +2    Abraham Accords Declarat…"}));
  // 40: only the date, the parties and the title.
  EXPECT_EQ(at(40), (Lines{"date        parties  title", "2020-09-15  IL +2    Abraham Accords De…"}));
  for (std::size_t width = 40; width <= 120; ++width) {
    for (const auto& line : at(width)) {
      EXPECT_LE(util::display_width(line), width) << line;
      EXPECT_EQ(line.find("…  "), std::string::npos) << "no cut column but the title: " << line;
    }
  }
}

TEST(Table, NeverWiderThanTheWidthWhenPossible) {
  EventExtras extras;
  extras.title = "Ceremony \xE6\x97\xA5\xE6\x9C\xAC with Cafe\xCC\x81 guests and \xF0\x9F\x98\x80 many more words";
  extras.treaty = "abraham-accords-and-more";
  extras.mediators = {"US", "EG", "JO"};
  auto a = make_event("a-long-event-identifier", "2020-09-15", EventType::entry_into_force,
                      {"IL", "AE", "BH", "MA", "SD"}, extras);
  a.place = "Washington, D.C., United States of America";
  a.tags = testing::kept_list({"normalization", "gulf", "africa"});
  a.sources = testing::kept_list({"https://example.org/a/very/long/source/address"});
  a.notes = "Some notes\non two lines";
  auto b = titled("b", "2021", EventType::report, "Short", {"SA"});
  const std::vector<Field> fields(all_fields().begin(), all_fields().end());

  // Down to the date, two spaces and a title of one column.
  constexpr std::size_t narrowest = 10 + 2 + 1;
  const auto full_width = lines_of(table({&a, &b}, fields))[1];
  for (std::size_t width = narrowest; width <= util::display_width(full_width) + 5; ++width) {
    for (const bool color : {false, true}) {
      const auto lines = lines_of(strip_sgr(table({&a, &b}, fields, {.color = color, .header = true, .width = width})));
      ASSERT_EQ(lines.size(), 3U);
      for (const auto& line : lines) {
        EXPECT_LE(util::display_width(line), width) << "width " << width << ", colour " << color << ": " << line;
        EXPECT_TRUE(util::valid_utf8(line));
      }
      EXPECT_NE(lines[1].find("2020-09-15"), std::string::npos) << "the date whole: " << lines[1];
    }
  }
}

TEST(Table, TooNarrowForTheDateKeepsItWhole) {
  const auto a = titled("a", "2020-09-15", EventType::signing, std::string(40, 't'));
  const auto lines =
      lines_of(table({&a}, {Field::date, Field::type, Field::title}, {.color = false, .header = false, .width = 8}));
  EXPECT_EQ(lines, (Lines{"2020-09-15  …"}));
}

TEST(Table, EmptyColumnsAreLeftOutOnlyWhenAsked) {
  const auto a = titled("a", "2020-09-15", EventType::signing, "T");
  const std::vector<Field> fields{Field::date, Field::end, Field::title};
  EXPECT_EQ(table({&a}, fields), "date        end  title\n2020-09-15       T\n");
  EXPECT_EQ(table({&a}, fields, {.drop_empty_columns = true}), "date        title\n2020-09-15  T\n");
  EXPECT_EQ(table({}, fields, {.drop_empty_columns = true}), "date  end  title\n") << "no events: the header as asked";
}

} // namespace
} // namespace accords::render
