// util/utf8: validation with the position of the first bad byte, display width, truncation.
#include "util/utf8.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::util {
namespace {

using namespace std::string_view_literals;

// "offset line:column" of the first bad byte, or "valid".
std::string error_of(std::string_view text) {
  Utf8Error error{999, 999, 999};
  if (valid_utf8(text, &error)) {
    return "valid";
  }
  return std::to_string(error.offset) + " " + std::to_string(error.line) + ":" + std::to_string(error.column);
}

TEST(ValidUtf8, AcceptsWellFormedText) {
  EXPECT_EQ(error_of(""), "valid");
  EXPECT_EQ(error_of("plain ASCII\nand a second line\n"), "valid");
  EXPECT_EQ(error_of("\xC3\xA9"), "valid");                 // é, 2 bytes
  EXPECT_EQ(error_of("\xE6\x97\xA5\xE6\x9C\xAC"), "valid"); // 日本, 3 bytes each
  EXPECT_EQ(error_of("\xF0\x9F\x98\x80"), "valid");         // 😀, 4 bytes
  EXPECT_EQ(error_of("\xC2\x80"), "valid");                 // U+0080, smallest 2-byte
  EXPECT_EQ(error_of("\xE0\xA0\x80"), "valid");             // U+0800, smallest 3-byte
  EXPECT_EQ(error_of("\xF0\x90\x80\x80"), "valid");         // U+10000, smallest 4-byte
  EXPECT_EQ(error_of("\xED\x9F\xBF"), "valid");             // U+D7FF, just below the surrogates
  EXPECT_EQ(error_of("\xEE\x80\x80"), "valid");             // U+E000, just above them
  EXPECT_EQ(error_of("\xF4\x8F\xBF\xBF"), "valid");         // U+10FFFF, the last code point
  EXPECT_EQ(error_of("nul \0 inside"sv), "valid");
}

TEST(ValidUtf8, ErrorIsOptional) {
  EXPECT_TRUE(valid_utf8("\xC3\xA9"));
  EXPECT_FALSE(valid_utf8("\xFF"));
}

TEST(ValidUtf8, StrayBytes) {
  EXPECT_EQ(error_of("\x80"), "0 1:1");                 // lone continuation byte
  EXPECT_EQ(error_of("ab\xBF"), "2 1:3");               // continuation byte after ASCII
  EXPECT_EQ(error_of("\xFF"), "0 1:1");                 // never valid
  EXPECT_EQ(error_of("x\xFE"), "1 1:2");                // never valid
  EXPECT_EQ(error_of("\xC3\x28"), "0 1:1");             // lead byte without continuation
  EXPECT_EQ(error_of("\xF8\x88\x80\x80\x80"), "0 1:1"); // 5-byte form
}

TEST(DisallowedControl, C0ButTabAndLineEndsDelAndC1ButNextLine) {
  for (char32_t c = 0; c < 0x200; ++c) {
    const bool expected = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85);
    EXPECT_EQ(is_disallowed_control(c), expected) << static_cast<unsigned>(c);
  }
}

TEST(DisallowedControl, FirstOneAndItsCodePoint) {
  EXPECT_EQ(first_disallowed_control("tab\t, ends\r\n, next line \u0085, \u00a0 and \u00c2"), std::string_view::npos);
  const auto text = "a long clean beginning, \u00e9\u00c2 \u0085 then \u009b\x1b"sv;
  const auto at = first_disallowed_control(text);
  ASSERT_NE(at, std::string_view::npos);
  EXPECT_EQ(text.substr(at, 2), "\u009b");
  EXPECT_EQ(control_at(text, at), char32_t{0x9B});
  EXPECT_EQ(control_at(text, at + 2), char32_t{0x1B});
  EXPECT_EQ(first_disallowed_control(std::string_view("x\0", 2)), 1U);
}

TEST(Latin1BytesAsUtf8, EncodesOnlyTheBytesThatAreNotUtf8) {
  EXPECT_EQ(latin1_bytes_as_utf8("a\xA0"
                                 "b\x85"),
            "a\u00A0b\u0085");
  EXPECT_EQ(latin1_bytes_as_utf8("\u00A0 caf\u00E9 \U0001F600"), "\u00A0 caf\u00E9 \U0001F600");
  EXPECT_EQ(latin1_bytes_as_utf8("\xE9t\xE9"), "\u00E9t\u00E9");
  EXPECT_EQ(latin1_bytes_as_utf8(""), "");
  EXPECT_TRUE(valid_utf8(latin1_bytes_as_utf8("\xFF\xC3\x28\xE2\x82")));
}

TEST(ValidUtf8, OverlongEncodings) {
  EXPECT_EQ(error_of("\xC0\xAF"), "0 1:1");         // '/' in 2 bytes
  EXPECT_EQ(error_of("\xC1\xBF"), "0 1:1");         // U+007F in 2 bytes
  EXPECT_EQ(error_of("a\xE0\x80\xAF"), "1 1:2");    // '/' in 3 bytes
  EXPECT_EQ(error_of("\xE0\x9F\xBF"), "0 1:1");     // U+07FF in 3 bytes
  EXPECT_EQ(error_of("\xF0\x80\x80\xAF"), "0 1:1"); // '/' in 4 bytes
  EXPECT_EQ(error_of("\xF0\x8F\xBF\xBF"), "0 1:1"); // U+FFFF in 4 bytes
}

TEST(ValidUtf8, Surrogates) {
  EXPECT_EQ(error_of("\xED\xA0\x80"), "0 1:1");             // U+D800
  EXPECT_EQ(error_of("ok \xED\xBF\xBF"), "3 1:4");          // U+DFFF
  EXPECT_EQ(error_of("\xED\xA0\xBD\xED\xB8\x80"), "0 1:1"); // a CESU-8 pair
}

TEST(ValidUtf8, BeyondTheLastCodePoint) {
  EXPECT_EQ(error_of("\xF4\x90\x80\x80"), "0 1:1"); // U+110000
  EXPECT_EQ(error_of("\xF5\x80\x80\x80"), "0 1:1");
}

TEST(ValidUtf8, TruncatedSequences) {
  EXPECT_EQ(error_of("ab\xC3"), "2 1:3");                // 2-byte cut at the end
  EXPECT_EQ(error_of("x\xE2\x82y"), "1 1:2");            // 3-byte cut in the middle
  EXPECT_EQ(error_of("\xE2\x82"), "0 1:1");              // 3-byte cut at the end
  EXPECT_EQ(error_of("\xF0\x9F\x98"), "0 1:1");          // 4-byte cut at the end
  EXPECT_EQ(error_of("\xF0\x9F\x98 and more"), "0 1:1"); // 4-byte cut in the middle
}

TEST(ValidUtf8, LineAndColumnCountCodePoints) {
  // line 2: 'c' is column 1, 'é' column 2, the bad byte column 3; offset counts bytes.
  EXPECT_EQ(error_of("ab\nc\xC3\xA9\xFF"), "6 2:3");
  EXPECT_EQ(error_of("a\n\n\x80"), "3 3:1");
  EXPECT_EQ(error_of("\xE6\x97\xA5\xE6\x9C\xAC\xF0\x9F\x98\x80\n\xF0\x9F\x98\x80\xC3"), "15 2:2");
  EXPECT_EQ(error_of("line one\nline two\n  \xC0"), "20 3:3");
}

TEST(DisplayWidth, Ascii) {
  EXPECT_EQ(display_width(""), 0U);
  EXPECT_EQ(display_width("abc"), 3U);
  EXPECT_EQ(display_width("Abraham Accords"), 15U);
}

TEST(DisplayWidth, AccentsPrecomposedAndCombining) {
  EXPECT_EQ(display_width("\xC3\xA9"), 1U);          // é, U+00E9
  EXPECT_EQ(display_width("e\xCC\x81"), 1U);         // e + U+0301 combining acute
  EXPECT_EQ(display_width("Caf\xC3\xA9"), 4U);       // Café
  EXPECT_EQ(display_width("Cafe\xCC\x81"), 4U);      // Café, decomposed
  EXPECT_EQ(display_width("e\xCC\x81\xCC\xA3"), 1U); // two combining marks
}

TEST(DisplayWidth, WideCharacters) {
  EXPECT_EQ(display_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4U); // 日本
  EXPECT_EQ(display_width("a\xE6\x97\xA5"
                          "b"),
            4U);                                                    // a日b
  EXPECT_EQ(display_width("\xED\x95\x9C\xEA\xB5\xAD"), 4U);         // 한국
  EXPECT_EQ(display_width("\xF0\x9F\x98\x80"), 2U);                 // 😀
  EXPECT_EQ(display_width("\xF0\x9F\x87\xAE\xF0\x9F\x87\xB1"), 2U); // 🇮🇱 flag: two regional indicators
}

TEST(DisplayWidth, ControlCharactersTakeNoColumns) {
  EXPECT_EQ(display_width("a\tb"), 2U);
  EXPECT_EQ(display_width("\x1b"), 0U);
}

TEST(DisplayWidth, InvalidBytesTakeOneColumnEach) {
  EXPECT_EQ(display_width("a\xFF\xFE"), 3U);
  EXPECT_EQ(display_width("\xE6\x97"), 2U);
}

// Replaces the letter 'x' and U+00E9 by "[x]" and "[e]", keeping the rest.
std::optional<std::string_view> brackets(char32_t codepoint) {
  if (codepoint == U'x') {
    return "[x]";
  }
  if (codepoint == U'\u00e9') {
    return "[e]";
  }
  return std::nullopt;
}

TEST(ReplaceCodePoints, ReplacesWhatTheFunctionNamesAndKeepsTheRest) {
  EXPECT_EQ(replace_code_points("", brackets), "");
  EXPECT_EQ(replace_code_points("axb", brackets), "a[x]b");
  EXPECT_EQ(replace_code_points("caf\u00e9 \u65e5\u672c x\U0001F600", brackets), "caf[e] \u65e5\u672c [x]\U0001F600");
}

TEST(ReplaceCodePoints, EachInvalidByteIsAReplacementCharacter) {
  EXPECT_EQ(replace_code_points("a\xFF\xFE"
                                "b",
                                brackets),
            "a\uFFFD\uFFFDb");
  EXPECT_EQ(replace_code_points("\xE6\x97x", brackets), "\uFFFD\uFFFD[x]");       // a truncated sequence
  EXPECT_EQ(replace_code_points("\xC0\xAF", brackets), "\uFFFD\uFFFD");           // an overlong '/'
  EXPECT_EQ(replace_code_points("\xED\xA0\x80", brackets), "\uFFFD\uFFFD\uFFFD"); // a surrogate
}

TEST(TruncateToWidth, FittingTextIsUnchanged) {
  EXPECT_EQ(truncate_to_width("abcdef", 6), "abcdef");
  EXPECT_EQ(truncate_to_width("abcdef", 100), "abcdef");
  EXPECT_EQ(truncate_to_width("", 0), "");
  EXPECT_EQ(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC", 4), "\xE6\x97\xA5\xE6\x9C\xAC");
}

TEST(TruncateToWidth, CutsAndAppendsAnEllipsis) {
  EXPECT_EQ(truncate_to_width("abcdef", 5), "abcd…");
  EXPECT_EQ(truncate_to_width("abcdef", 2), "a…");
  EXPECT_EQ(truncate_to_width("abcdef", 1), "…");
  EXPECT_EQ(truncate_to_width("abcdef", 0), "");
}

TEST(TruncateToWidth, NeverSplitsASequence) {
  EXPECT_EQ(truncate_to_width("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3), "\xC3\xA9\xC3\xA9…"); // éééé -> éé…
  EXPECT_EQ(truncate_to_width("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 4), "\xF0\x9F\x98\x80…");
}

TEST(TruncateToWidth, AWideCharacterThatDoesNotFitIsLeftOut) {
  // 日本語 is 6 columns; in 4 only 日 fits before the ellipsis (日 + 本 would be 4 + 1).
  EXPECT_EQ(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 4), "\xE6\x97\xA5…");
  EXPECT_EQ(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 5), "\xE6\x97\xA5\xE6\x9C\xAC…");
  EXPECT_EQ(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 2), "…");
}

TEST(TruncateToWidth, KeepsCombiningMarksWithTheirBase) {
  // e + U+0301, three times: 3 columns; in 2, one accented e and the ellipsis.
  EXPECT_EQ(truncate_to_width("e\xCC\x81"
                              "e\xCC\x81"
                              "e\xCC\x81",
                              2),
            "e\xCC\x81…");
}

TEST(TruncateToWidth, ResultAlwaysFitsAndIsValid) {
  const std::string samples[] = {
      "Abraham Accords Declaration",
      "Caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9",
      "Cafe\xCC\x81 nai\xCC\x88ve",
      "\xE6\x97\xA5\xE6\x9C\xAC"
      "a"
      "\xE6\x97\xA5\xE6\x9C\xAC"
      "bc"
      "\xE8\xAA\x9E",
      "\xF0\x9F\x98\x80x\xF0\x9F\x98\x80y\xF0\x9F\x98\x80",
  };
  for (const auto& text : samples) {
    for (std::size_t width = 0; width <= display_width(text) + 1; ++width) {
      const auto cut = truncate_to_width(text, width);
      EXPECT_LE(display_width(cut), width) << text << " in " << width;
      EXPECT_TRUE(valid_utf8(cut)) << text << " in " << width;
      if (width >= display_width(text)) {
        EXPECT_EQ(cut, text);
      } else if (width > 0) {
        ASSERT_GE(cut.size(), 3U);
        EXPECT_EQ(cut.substr(cut.size() - 3), "…");
        EXPECT_EQ(text.substr(0, cut.size() - 3), cut.substr(0, cut.size() - 3)) << "a prefix of the text";
        EXPECT_GE(display_width(cut) + 1, width) << "no more than one column wasted on a wide character";
      }
    }
  }
}

TEST(FoldName, FoldsCaseAndAccents) {
  EXPECT_EQ(fold_name("T\xC3\xBCrkiye"), "turkiye");
  EXPECT_EQ(fold_name("TURKIYE"), "turkiye");
  EXPECT_EQ(fold_name("S\xC3\xA3o Tom\xC3\xA9"), "sao tome");
  EXPECT_EQ(fold_name("\xC3\x85land"), "aland"); // Å
}

TEST(FoldName, DropsApostrophesAndFullStops) {
  EXPECT_EQ(fold_name("Cote d'Ivoire"), "cote divoire");
  EXPECT_EQ(fold_name("C\xC3\xB4te d\xE2\x80\x99Ivoire"), "cote divoire");
  EXPECT_EQ(fold_name("U.S.A."), "usa");
}

TEST(FoldName, OtherPunctuationAndSpaceIsOneSpace) {
  EXPECT_EQ(fold_name("  Korea,  Republic of "), "korea republic of");
  EXPECT_EQ(fold_name("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(fold_name("Holy See (Vatican City State)"), "holy see vatican city state");
  EXPECT_EQ(fold_name("a\tb\nc"), "a b c");
}

TEST(FoldName, DropsALeadingThe) {
  EXPECT_EQ(fold_name("The Gambia"), "gambia");
  EXPECT_EQ(fold_name("the State of Palestine"), "state of palestine");
  EXPECT_EQ(fold_name("Netherlands, The"), "netherlands the");
  EXPECT_EQ(fold_name("Theland"), "theland");
}

TEST(FoldName, KeepsOtherScriptsAndEmpties) {
  EXPECT_EQ(fold_name("\xD8\xA7\xD9\x84\xD8\xA5\xD9\x85\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA").empty(), false);
  EXPECT_EQ(fold_name(""), "");
  EXPECT_EQ(fold_name(" .,' "), "");
  EXPECT_EQ(fold_name("AB\xFF"), "ab\xFF"); // invalid UTF-8: only its ASCII is folded
}

TEST(WrapWords, BreaksAtSpacesWithinTheColumns) {
  EXPECT_EQ(wrap_words("one two three four", 9), (std::vector<std::string>{"one two", "three", "four"}));
  EXPECT_EQ(wrap_words("short", 80), (std::vector<std::string>{"short"}));
  EXPECT_EQ(wrap_words("", 10), (std::vector<std::string>{""}));
}

TEST(WrapWords, AWideWordKeepsItsOwnLineAndSpacesInsideALineStay) {
  EXPECT_EQ(wrap_words("a https://example.org/long b", 8),
            (std::vector<std::string>{"a", "https://example.org/long", "b"}));
  EXPECT_EQ(wrap_words("a  b", 10), (std::vector<std::string>{"a  b"}));
}

TEST(WrapWords, CountsDisplayColumns) {
  // Four wide characters take eight columns: two such words do not share a line of ten.
  const std::string wide = "\xE6\x97\xA5\xE6\x9C\xAC\xE6\x97\xA5\xE6\x9C\xAC";
  EXPECT_EQ(wrap_words(wide + " " + wide, 10), (std::vector<std::string>{wide, wide}));
}

} // namespace
} // namespace accords::util
