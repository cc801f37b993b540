// model/country: the ISO 3166-1 table and look-ups by code or name.
#include "model/country.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace accords::model {
namespace {

// The alpha-2 code of what find_country finds, or "none".
std::string found(std::string_view code_or_name) {
  const auto* country = find_country(code_or_name);
  return country != nullptr ? std::string(country->alpha2) : "none";
}

TEST(CountryTable, Has249RowsSortedByAlpha2) {
  const auto countries = all_countries();
  EXPECT_EQ(countries.size(), 249U);
  EXPECT_TRUE(std::is_sorted(countries.begin(), countries.end(),
                             [](const Country& a, const Country& b) { return a.alpha2 < b.alpha2; }));
  EXPECT_EQ(countries.front().alpha2, "AD");
  EXPECT_EQ(countries.back().alpha2, "ZW");
}

TEST(CountryTable, CodesAreUniqueAndWellFormed) {
  std::set<std::string_view> alpha2;
  std::set<std::string_view> alpha3;
  for (const auto& country : all_countries()) {
    EXPECT_EQ(country.alpha2.size(), 2U) << country.alpha2;
    EXPECT_EQ(country.alpha3.size(), 3U) << country.alpha3;
    EXPECT_TRUE(std::all_of(country.alpha2.begin(), country.alpha2.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        << country.alpha2;
    EXPECT_FALSE(country.name.empty()) << country.alpha2;
    alpha2.insert(country.alpha2);
    alpha3.insert(country.alpha3);
  }
  EXPECT_EQ(alpha2.size(), 249U);
  EXPECT_EQ(alpha3.size(), 249U);
}

TEST(CountryByAlpha2, FindsExactUpperCaseCodes) {
  const auto* israel = country_by_alpha2("IL");
  ASSERT_NE(israel, nullptr);
  EXPECT_EQ(israel->alpha2, "IL");
  EXPECT_EQ(israel->alpha3, "ISR");
  EXPECT_EQ(israel->name, "Israel");
  EXPECT_EQ(israel->official_name, "State of Israel");

  const auto* emirates = country_by_alpha2("AE");
  ASSERT_NE(emirates, nullptr);
  EXPECT_EQ(emirates->name, "United Arab Emirates");

  // the first and the last row, where a binary search goes wrong first
  ASSERT_NE(country_by_alpha2("AD"), nullptr);
  EXPECT_EQ(country_by_alpha2("AD")->name, "Andorra");
  ASSERT_NE(country_by_alpha2("ZW"), nullptr);
  EXPECT_EQ(country_by_alpha2("ZW")->name, "Zimbabwe");
}

TEST(CountryByAlpha2, RejectsEverythingElse) {
  EXPECT_EQ(country_by_alpha2("il"), nullptr);
  EXPECT_EQ(country_by_alpha2("ISR"), nullptr);
  EXPECT_EQ(country_by_alpha2("Israel"), nullptr);
  EXPECT_EQ(country_by_alpha2("XX"), nullptr);
  EXPECT_EQ(country_by_alpha2("AA"), nullptr); // before the first row
  EXPECT_EQ(country_by_alpha2("ZZ"), nullptr); // after the last row
  EXPECT_EQ(country_by_alpha2("I"), nullptr);
  EXPECT_EQ(country_by_alpha2(""), nullptr);
}

TEST(FindCountry, ByCodesInAnyCase) {
  EXPECT_EQ(found("IL"), "IL");
  EXPECT_EQ(found("il"), "IL");
  EXPECT_EQ(found("ISR"), "IL");
  EXPECT_EQ(found("isr"), "IL");
  EXPECT_EQ(found("Are"), "AE");
  EXPECT_EQ(found("kor"), "KR");
}

TEST(FindCountry, ByShortNameInAnyCase) {
  EXPECT_EQ(found("Israel"), "IL");
  EXPECT_EQ(found("ISRAEL"), "IL");
  EXPECT_EQ(found("united arab emirates"), "AE");
  EXPECT_EQ(found("Korea, Republic of"), "KR");
  EXPECT_EQ(found("korea, democratic people's republic of"), "KP");
  EXPECT_EQ(found("Morocco"), "MA");
}

TEST(FindCountry, ByCommonNameInAnyCase) {
  EXPECT_EQ(found("south korea"), "KR");
  EXPECT_EQ(found("North Korea"), "KP");
  EXPECT_EQ(found("BOLIVIA"), "BO");
  EXPECT_EQ(found("taiwan"), "TW");
}

TEST(FindCountry, ByOfficialNameInAnyCase) {
  EXPECT_EQ(found("State of Israel"), "IL");
  EXPECT_EQ(found("kingdom of bahrain"), "BH");
  EXPECT_EQ(found("Republic of the Sudan"), "SD");
  EXPECT_EQ(found("UNITED STATES OF AMERICA"), "US");
}

TEST(FindCountry, NonAsciiNames) { EXPECT_EQ(found("C\xC3\xB4te d'Ivoire"), "CI"); }

TEST(FindCountry, UnknownIsNull) {
  EXPECT_EQ(find_country("Atlantis"), nullptr);
  EXPECT_EQ(find_country("XX"), nullptr);
  EXPECT_EQ(find_country("XXX"), nullptr);
  EXPECT_EQ(find_country(""), nullptr);
  EXPECT_EQ(find_country("Israe"), nullptr);
  EXPECT_EQ(find_country("Korea"), nullptr);  // two countries: neither is guessed
  EXPECT_EQ(find_country("Kosovo"), nullptr); // no ISO country: an entity's (common_entity_code)
  EXPECT_EQ(find_country("..."), nullptr);
}

TEST(FindCountry, IgnoresAccentsPunctuationSpacesAndTheArticle) {
  EXPECT_EQ(found("Turkiye"), "TR");
  EXPECT_EQ(found("T\xC3\xBCrkiye"), "TR");
  EXPECT_EQ(found("TÜRKIYE"), "TR");
  EXPECT_EQ(found("Cote d'Ivoire"), "CI");
  EXPECT_EQ(found("C\xC3\xB4te d\xE2\x80\x99Ivoire"), "CI"); // with a typographic apostrophe
  EXPECT_EQ(found("cote divoire"), "CI");
  EXPECT_EQ(found(" Israel "), "IL");
  EXPECT_EQ(found("U.S."), "US");
  EXPECT_EQ(found("the Netherlands"), "NL");
  EXPECT_EQ(found("Korea (Republic of)"), "KR");
}

TEST(FindCountry, ByNamesPeopleUse) {
  EXPECT_EQ(found("UK"), "GB");
  EXPECT_EQ(found("Britain"), "GB");
  EXPECT_EQ(found("Great Britain"), "GB");
  EXPECT_EQ(found("UAE"), "AE");
  EXPECT_EQ(found("uae"), "AE");
  EXPECT_EQ(found("KSA"), "SA");
  EXPECT_EQ(found("USA"), "US");
  EXPECT_EQ(found("Russia"), "RU");
  EXPECT_EQ(found("Turkey"), "TR");
  EXPECT_EQ(found("Ivory Coast"), "CI");
  EXPECT_EQ(found("Burma"), "MM");
  EXPECT_EQ(found("Holland"), "NL");
  EXPECT_EQ(found("Palestine"), "PS");
  EXPECT_EQ(found("Iran"), "IR");
  EXPECT_EQ(found("Syria"), "SY");
  EXPECT_EQ(found("Vietnam"), "VN");
  EXPECT_EQ(found("Laos"), "LA");
  EXPECT_EQ(found("Czech Republic"), "CZ");
  EXPECT_EQ(found("Swaziland"), "SZ");
  EXPECT_EQ(found("Macedonia"), "MK");
  EXPECT_EQ(found("EL"), "GR");
}

TEST(CountryAliases, EachFindsItsOwnCode) {
  // The build checks each line against ISO's names in ASCII; this checks them as the program
  // folds them, accents and all.
  ASSERT_FALSE(all_country_aliases().empty());
  for (const auto& alias : all_country_aliases()) {
    if (alias.entity) {
      EXPECT_EQ(find_country(alias.name), nullptr) << alias.name;
      EXPECT_EQ(common_entity_code(alias.name), alias.code) << alias.name;
    } else {
      EXPECT_EQ(found(alias.name), alias.code) << alias.name;
      EXPECT_EQ(common_entity_code(alias.name), "") << alias.name;
    }
  }
}

TEST(CommonEntityCode, KosovoIsCommonlyXK) {
  EXPECT_EQ(common_entity_code("Kosovo"), "XK");
  EXPECT_EQ(common_entity_code("KOSOVO"), "XK");
  EXPECT_EQ(common_entity_code("Israel"), "");
  EXPECT_EQ(common_entity_code("Atlantis"), "");
}

TEST(FindCountry, ReturnsTheTableRow) {
  EXPECT_EQ(find_country("isr"), country_by_alpha2("IL"));
  EXPECT_EQ(find_country("South Korea"), country_by_alpha2("KR"));
}

TEST(CountryDisplayName, CommonNameWhenThereIsOne) {
  EXPECT_EQ(country_by_alpha2("KR")->display_name(), "South Korea");
  EXPECT_EQ(country_by_alpha2("BO")->display_name(), "Bolivia");
  EXPECT_EQ(country_by_alpha2("TW")->display_name(), "Taiwan");
}

TEST(CountryDisplayName, ShortNameOtherwise) {
  EXPECT_EQ(country_by_alpha2("IL")->display_name(), "Israel");
  EXPECT_EQ(country_by_alpha2("AE")->display_name(), "United Arab Emirates");
  EXPECT_EQ(country_by_alpha2("US")->display_name(), "United States");
}

TEST(CountryDisplayName, BuiltByHand) {
  const Country with_common{"XA", "XAA", "Short, Name of", "Common", "Official"};
  const Country without_common{"XB", "XBB", "Short Name", "", "Official"};
  EXPECT_EQ(with_common.display_name(), "Common");
  EXPECT_EQ(without_common.display_name(), "Short Name");
}

} // namespace
} // namespace accords::model
