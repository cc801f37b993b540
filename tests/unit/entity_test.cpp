// model/entity: parties by code or name, entities in use, and what an unknown name suggests.
#include "model/entity.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace accords::model {
namespace {

using Words = std::vector<std::string>;

// Puts `entities` in use for one test and none after it.
class EntityTest : public ::testing::Test {
protected:
  void TearDown() override { use_entities({}); }
};

TEST_F(EntityTest, FindsCountriesByEveryNameAndEntitiesByCodeOrName) {
  EXPECT_EQ(find_party("UAE"), "AE");
  EXPECT_EQ(find_party("T\xC3\xBCrkiye"), "TR");
  EXPECT_EQ(find_party("EU"), std::nullopt);
  const std::vector<Entity> entities{{"EU", "European Union", {}, {}}, {"XK", "Republic of Kosovo", {}, {}}};
  use_entities(entities);
  EXPECT_EQ(find_party("EU"), "EU");
  EXPECT_EQ(find_party("eu"), "EU");
  EXPECT_EQ(find_party("european union"), "EU");
  EXPECT_EQ(find_party("Republic of Kosovo"), "XK");
  EXPECT_EQ(find_party("Kosovo"), "XK"); // the common name of the place XK commonly codes
}

TEST_F(EntityTest, KosovoIsNothingUntilAnEntityDefinesIt) {
  EXPECT_EQ(find_party("Kosovo"), std::nullopt);
  const std::vector<Entity> other{{"KOS", "Kosovo", {}, {}}};
  use_entities(other);
  EXPECT_EQ(find_party("Kosovo"), "KOS"); // by the entity's own name first
}

TEST_F(EntityTest, SuggestsNamesWithTheirCodes) {
  EXPECT_EQ(suggest_parties("Untied Kingdom"), (Words{"United Kingdom (GB)"}));
  EXPECT_EQ(suggest_parties("Kazakstan"), (Words{"Kazakhstan (KZ)"}));
  EXPECT_EQ(suggest_parties("Korea"), (Words{"North Korea (KP)", "South Korea (KR)"}));
  EXPECT_EQ(suggest_parties("Turky"), (Words{"T\xC3\xBCrkiye (TR)"})); // found by "Turkey", shown by ISO's name
  EXPECT_TRUE(suggest_parties("Qqqqqqqqqqqqq").empty());
}

TEST_F(EntityTest, NamesRankBeforeCodes) {
  // "Isreal" is as far from "Israel" as from no code: the name comes first, once.
  const auto found = suggest_parties("Isreal");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front(), "Israel (IL)");
  // A country found by several of its names is suggested once.
  EXPECT_EQ(suggest_parties("Bolivia, Plurinational Stat"), (Words{"Bolivia (BO)"}));
}

TEST_F(EntityTest, SuggestsEntitiesInUse) {
  const std::vector<Entity> entities{{"CS", "Czechoslovakia", {}, {}}};
  use_entities(entities);
  EXPECT_EQ(suggest_parties("Czechoslovaki"), (Words{"Czechoslovakia (CS)"}));
}

} // namespace
} // namespace accords::model
