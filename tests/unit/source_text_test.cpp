// model/source_text: what a source may be, a web address or a citation, and what is wrong
// with one that is neither.
#include "model/source_text.hpp"

#include <gtest/gtest.h>

namespace accords::model {
namespace {

TEST(SourceText, WebAddresses) {
  EXPECT_TRUE(is_web_address("https://www.state.gov/the-abraham-accords/"));
  EXPECT_TRUE(is_web_address("http://example.org"));
  EXPECT_TRUE(is_web_address("https://example.org/a?b=c#d"));
  EXPECT_FALSE(is_web_address("www.state.gov/the-abraham-accords/"));     // no scheme
  EXPECT_FALSE(is_web_address("ftp://example.org/file"));                 // not the web
  EXPECT_FALSE(is_web_address("https://"));                               // no host
  EXPECT_FALSE(is_web_address("https://localhost/page"));                 // no domain
  EXPECT_FALSE(is_web_address("https://example.org/a b"));                // a blank
  EXPECT_FALSE(is_web_address("https://example.org/a (gives 10 April)")); // an annotation
}

TEST(SourceText, Citations) {
  EXPECT_TRUE(is_citation("Reuters, \"US in talks to expand the Abraham Accords\", 2025-08-01"));
  EXPECT_TRUE(is_citation("Compact secretariat, \"Annual report\", 2021"));
  EXPECT_TRUE(is_citation("Times of Israel, \"A title, with a comma\", 2020-10"));
  EXPECT_FALSE(is_citation("Reuters, 2025-08-01"));                     // no title
  EXPECT_FALSE(is_citation("\"Title\", 2025-08-01"));                   // no publisher
  EXPECT_FALSE(is_citation("Reuters, \"Title\""));                      // no date
  EXPECT_FALSE(is_citation("Reuters, \"Title\", 1 August 2025"));       // not a date of the format
  EXPECT_FALSE(is_citation("Reuters, \"Title\", 2025-02-30"));          // not a real day
  EXPECT_FALSE(is_citation("Compact secretariat, annual report 2021")); // no quotes
}

TEST(SourceText, Problems) {
  EXPECT_EQ(source_problem("https://example.org/a"), "");
  EXPECT_EQ(source_problem("Reuters, \"Title\", 2025-08-01"), "");
  EXPECT_NE(source_problem("https://example.org/long-path…").find("ellipsis"), std::string::npos);
  EXPECT_NE(source_problem("Reuters, \"A story...\", 2025-08-01").find("ellipsis"), std::string::npos);
  EXPECT_NE(source_problem("somewhere on the web").find("neither"), std::string::npos);
}

} // namespace
} // namespace accords::model
