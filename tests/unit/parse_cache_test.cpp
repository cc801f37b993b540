// load/cache/parse_cache: entries written and found again; anything damaged, foreign or
// written for another reading format is ignored.
#include "load/cache/parse_cache.hpp"

#include "load/cache/file_codec.hpp"
#include "load/cache/reading_format.hpp"
#include "load/parse/schema.hpp"
#include "load_sources.hpp"
#include "temporary_directory.hpp"

#include <gtest/gtest.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace accords::load {
namespace {
namespace fs = std::filesystem;
using accords::testing::load_sources;

const auto path = std::make_shared<const std::string>("t.yaml");

// A fresh, empty directory for one test, removed afterwards.
class ParseCacheTest : public ::testing::Test {
protected:
  accords::testing::TemporaryDirectory temporary_;

  // The one entry in the directory.
  fs::path only_entry() const {
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(directory_)) {
      entries.push_back(entry.path());
    }
    EXPECT_EQ(entries.size(), 1U);
    return entries.empty() ? fs::path() : entries.front();
  }

  static std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  static void spill(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  }

  const fs::path directory_ = temporary_ / "cache"; // not yet made
};

// A valid file with `events` events, one event mapping per five lines.
std::string file_with(int events) {
  std::string text = "treaty:\n  id: t\n  name: T\nevents:\n";
  for (int number = 0; number < events; ++number) {
    text += "  - id: e" + std::to_string(number) +
            "\n    date: 2020-01-02\n    type: signing\n    parties: [IL]\n    title: Event\n";
  }
  return text;
}

FileReading reading_of(std::string_view bytes) { return accords::testing::parsed(bytes, path); }

TEST_F(ParseCacheTest, StoredReadingIsFoundForTheSameBytesOnly) {
  const ParseCache cache(directory_);
  const auto bytes = file_with(3);
  const auto key = content_key(bytes);
  EXPECT_FALSE(cache.find(bytes, key, path));
  cache.store(bytes, key, reading_of(bytes));
  const auto found = cache.find(bytes, key, path);
  ASSERT_TRUE(found && found->content);
  EXPECT_EQ(found->content->events.size(), 3U);
  EXPECT_EQ(found->content->events[2].id, "e2");

  const auto other = file_with(4);
  EXPECT_FALSE(cache.find(other, content_key(other), path));
  for (const auto& entry : fs::directory_iterator(directory_)) {
    EXPECT_EQ(entry.path().extension(), ".parsed") << entry.path(); // no temporary file is left
  }
}

TEST_F(ParseCacheTest, AnEntryWrittenInManyPiecesHoldsTheWholeEncodingAndItsChecksum) {
  // Encoded straight into the file a mebibyte at a time: the entry must still be the header,
  // the payload's size and checksum, then exactly the whole encoding.
  const ParseCache cache(directory_);
  const auto bytes = file_with(60000);
  const auto key = content_key(bytes);
  const auto reading = reading_of(bytes);
  const auto payload = encode_file_reading(reading);
  ASSERT_GT(payload.size(), std::size_t{2} << 20); // three pieces at least
  cache.store(bytes, key, reading);
  const auto entry = slurp(only_entry());
  ASSERT_GT(entry.size(), payload.size() + 16);
  const auto fields_at = entry.size() - payload.size() - 16;
  EXPECT_EQ(entry.substr(fields_at + 16), payload);
  std::uint64_t size = 0;
  std::uint64_t checksum = 0;
  for (int index = 7; index >= 0; --index) {
    size = (size << 8) | static_cast<unsigned char>(entry[fields_at + static_cast<std::size_t>(index)]);
    checksum = (checksum << 8) | static_cast<unsigned char>(entry[fields_at + 8 + static_cast<std::size_t>(index)]);
  }
  EXPECT_EQ(size, payload.size());
  EXPECT_EQ(checksum, XXH3_64bits(payload.data(), payload.size()));
  const auto found = cache.find(bytes, key, path);
  ASSERT_TRUE(found && found->content);
  ASSERT_EQ(found->content->events.size(), 60000U);
  EXPECT_EQ(found->content->events[59999].id, "e59999");
}

TEST_F(ParseCacheTest, AnEntryWrittenForAnotherReadingFormatIsIgnored) {
  const ParseCache cache(directory_);
  const auto bytes = file_with(1);
  const auto key = content_key(bytes);
  cache.store(bytes, key, reading_of(bytes));
  const auto good = slurp(only_entry());
  const auto at = good.find(reading_format());
  ASSERT_NE(at, std::string::npos) << "the entry names its format";
  ASSERT_EQ(reading_format().size(), 64U);
  auto other = good;
  other[at] = other[at] == '0' ? '1' : '0'; // the same length, another format
  spill(only_entry(), other);
  EXPECT_FALSE(cache.find(bytes, key, path));
  spill(only_entry(), good);
  EXPECT_TRUE(cache.find(bytes, key, path));
}

TEST_F(ParseCacheTest, DamagedEntriesAreIgnored) {
  const ParseCache cache(directory_);
  const auto bytes = file_with(2);
  const auto key = content_key(bytes);
  cache.store(bytes, key, reading_of(bytes));
  const auto entry = only_entry();
  const auto good = slurp(entry);
  for (std::size_t at = 0; at < good.size(); ++at) { // every single flipped byte
    auto damaged = good;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    spill(entry, damaged);
    EXPECT_FALSE(cache.find(bytes, key, path)) << at;
  }
  for (const auto size : {std::size_t{0}, std::size_t{10}, good.size() / 2, good.size() - 1}) {
    spill(entry, good.substr(0, size));
    EXPECT_FALSE(cache.find(bytes, key, path)) << size;
  }
  spill(entry, good + "tail");
  EXPECT_FALSE(cache.find(bytes, key, path));
  spill(entry, good);
  EXPECT_TRUE(cache.find(bytes, key, path));
}

TEST_F(ParseCacheTest, UnwritableDirectoryIsOnlySlower) {
  spill(directory_.string() + "-file", "x");
  const ParseCache cache(directory_.string() + "-file/below");
  const auto bytes = file_with(1);
  const auto key = content_key(bytes);
  cache.store(bytes, key, reading_of(bytes)); // does not throw
  EXPECT_FALSE(cache.find(bytes, key, path));
  fs::remove(directory_.string() + "-file");
}

TEST_F(ParseCacheTest, LoadSourcesUsesAnEntryForUnchangedBytes) {
  // An entry planted for a file's bytes is what load_sources gives: proof that it reads the
  // cache, and that it does so only for cacheable files large enough.
  const ParseCache cache(directory_);
  const auto bytes = file_with(2000);
  ASSERT_GE(bytes.size(), ParseCache::min_file_bytes);
  cache.store(bytes, content_key(bytes), reading_of(file_with(1)));

  const auto cached = load_sources({{"t.yaml", bytes, true}}, &cache);
  EXPECT_EQ(cached.events.size(), 1U);
  const auto not_cacheable = load_sources({{"t.yaml", bytes, false}}, &cache);
  EXPECT_EQ(not_cacheable.events.size(), 2000U);
  const auto no_cache = load_sources({{"t.yaml", bytes, true}});
  EXPECT_EQ(no_cache.events.size(), 2000U);
}

TEST_F(ParseCacheTest, LoadSourcesWritesWhatItWouldReadAgain) {
  const ParseCache cache(directory_);
  auto bytes = file_with(2000) + "  - id: e1\n    title: [\n"; // a syntax error, cached too
  const auto first = load_sources({{"t.yaml", bytes, true}}, &cache);
  const auto entry = only_entry();
  const auto second = load_sources({{"t.yaml", bytes, true}}, &cache);
  ASSERT_EQ(first.diagnostics.all().size(), 1U);
  ASSERT_EQ(second.diagnostics.all().size(), 1U);
  EXPECT_EQ(second.diagnostics.all()[0].text(), first.diagnostics.all()[0].text());
  EXPECT_TRUE(fs::exists(entry));

  const auto small = file_with(1);
  (void)load_sources({{"small.yaml", small, true}}, &cache);
  EXPECT_EQ(only_entry(), entry); // too small to be cached
}

} // namespace
} // namespace accords::load
