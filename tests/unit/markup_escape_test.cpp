// render/markup_escape: entities for XML and HTML outputs.
#include "render/markup_escape.hpp"

#include <gtest/gtest.h>

namespace accords::render {
namespace {

TEST(MarkupEscape, AmpersandAndAngleBracketsAlways) {
  EXPECT_EQ(escape_markup("a & b <c>", Quotes::keep), "a &amp; b &lt;c&gt;");
  EXPECT_EQ(escape_markup("a & b <c>", Quotes::escape), "a &amp; b &lt;c&gt;");
}

TEST(MarkupEscape, QuotesOnlyWhenAsked) {
  EXPECT_EQ(escape_markup(R"("d" 'e')", Quotes::keep), R"("d" 'e')");
  EXPECT_EQ(escape_markup(R"("d" 'e')", Quotes::escape), "&quot;d&quot; &apos;e&apos;");
}

TEST(MarkupEscape, EntitiesAreEscapedAgainAndUtf8IsKept) {
  EXPECT_EQ(escape_markup("&amp; Tórshavn", Quotes::keep), "&amp;amp; Tórshavn");
  EXPECT_EQ(escape_markup("", Quotes::escape), "");
}

} // namespace
} // namespace accords::render
