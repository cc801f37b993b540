#include "model/text_store.hpp"

#include "util/text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace accords::model {
namespace {

TEST(TextStore, CopiesOutliveTheirSource) {
  TextStore store;
  std::string_view copy;
  {
    std::string source = "Abraham Accords";
    copy = store.copy(source);
    source.assign(source.size(), 'x');
  }
  EXPECT_EQ(copy, "Abraham Accords");
  EXPECT_TRUE(store.copy("").empty());
}

TEST(TextStore, ManyCopiesAndOneLargerThanABlockStayIntact) {
  TextStore store;
  std::vector<std::string_view> copies;
  for (int i = 0; i < 20000; ++i) { // several blocks' worth
    copies.push_back(store.copy("text " + std::to_string(i)));
  }
  const std::string large(200 * 1024, 'L');
  const auto large_copy = store.copy(large);
  copies.push_back(store.copy("after"));
  for (int i = 0; i < 20000; ++i) {
    ASSERT_EQ(copies[static_cast<std::size_t>(i)], "text " + std::to_string(i));
  }
  EXPECT_EQ(large_copy, large);
  EXPECT_EQ(copies.back(), "after");
}

TEST(TextStore, BlocksGrowFromSmallToLarge) {
  TextStore store;
  EXPECT_EQ(store.allocated_bytes(), 0U);
  (void)store.copy("a few strings");
  (void)store.copy("of a small file");
  EXPECT_LE(store.allocated_bytes(), 4U * 1024) << "a store of a few strings stays small";
  std::size_t blocks = 1;
  for (auto last = store.allocated_bytes(); store.allocated_bytes() < 10U << 20;) {
    (void)store.copy(std::string(100, 'x'));
    if (store.allocated_bytes() != last) {
      EXPECT_LE(store.allocated_bytes() - last, 16U * 1024) << "no block is larger than 16 KiB";
      last = store.allocated_bytes();
      ++blocks;
    }
  }
  EXPECT_LE(blocks, 10U * 1024 / 16 + 5) << "blocks grew to 16 KiB, not one per small step";
  TextStore other;
  (void)other.copy("x");
  const auto both = store.allocated_bytes() + other.allocated_bytes();
  store.absorb(std::move(other));
  EXPECT_EQ(store.allocated_bytes(), both);
}

TEST(TextStore, CopiesOfTextsInAListViewTheirOwnBytes) {
  TextStore store;
  (void)store.copy("odd"); // three bytes: the list must still start aligned
  const std::string il = "IL";
  const std::string ae = "AE";
  const std::vector<std::string_view> items{il, ae};
  const auto list = store.copy_texts(items);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(list.data()) % alignof(std::string_view), 0U);
  EXPECT_EQ(list[0], "IL");
  EXPECT_EQ(list[1], "AE");
  EXPECT_NE(list[0].data(), il.data());
  EXPECT_NE(list[1].data(), ae.data());
  EXPECT_TRUE(store.copy_texts({}).empty());
}

TEST(TextStore, ListsAreAlignedCopiesOfTheViews) {
  TextStore store;
  (void)store.copy("odd"); // three bytes: the list must still start aligned
  const std::vector<std::string_view> items{store.copy("IL"), store.copy("AE")};
  const auto list = store.copy_list(items);
  ASSERT_EQ(list.size(), 2U);
  EXPECT_NE(list.data(), items.data());
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(list.data()) % alignof(std::string_view), 0U);
  EXPECT_EQ(list[0], "IL");
  EXPECT_EQ(list[1], "AE");
  EXPECT_TRUE(store.copy_list({}).empty());
}

TEST(TextStore, AbsorbingAndMovingKeepEveryView) {
  TextStore first;
  TextStore second;
  const auto a = first.copy("from the first");
  const auto b = second.copy("from the second");
  first.absorb(std::move(second));
  const auto c = first.copy("after absorbing");
  TextStore moved = std::move(first);
  EXPECT_EQ(a, "from the first");
  EXPECT_EQ(b, "from the second");
  EXPECT_EQ(c, "after absorbing");
}

TEST(TextStore, AbsorbingIntoAnEmptyStoreKeepsFillingTheSameBlock) {
  TextStore empty;
  TextStore full;
  const auto a = full.copy("a");
  empty.absorb(std::move(full));
  const auto b = empty.copy("b");
  EXPECT_EQ(a, "a");
  EXPECT_EQ(b, "b");
  EXPECT_EQ(b.data(), a.data() + 1); // packed after it, not in a new block
}

} // namespace
} // namespace accords::model
