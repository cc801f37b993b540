// load/source/mapped_file and SourceBytes' mapped bytes: a large file is mapped, not read;
// what is given back stays readable; writing to the file is noticed, replacing it is not;
// a file that shrinks under its mapping reads as zeros past its new end, and is noticed.
#include "load/source/mapped_file.hpp"

#include "load/cache/parse_cache.hpp"
#include "load/source/source.hpp"
#include "load_sources.hpp"
#include "temporary_directory.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::load {
namespace {
namespace fs = std::filesystem;

// A file of its own for one test, removed afterwards.
class MappedFileTest : public ::testing::Test {
protected:
  void write(const std::string& bytes, std::ios::openmode mode = std::ios::trunc) const {
    std::ofstream(path_, std::ios::binary | mode) << bytes;
  }

  accords::testing::TemporaryDirectory temporary_;
  const fs::path path_ = temporary_ / "mapped";
};

// Three mebibytes and a bit, every byte telling its offset apart from its neighbours'.
std::string patterned_bytes() {
  std::string bytes((std::size_t{3} << 20) + 123, '\0');
  for (std::size_t index = 0; index < bytes.size(); ++index) {
    bytes[index] = static_cast<char>('a' + (index * 7 + index / 4096) % 26);
  }
  return bytes;
}

TEST_F(MappedFileTest, MapsTheWholeFileAndGivenBackBytesStayReadable) {
  const auto bytes = patterned_bytes();
  write(bytes);
  const MappedFile mapped(path_, bytes.size());
  ASSERT_EQ(mapped.bytes(), bytes);
  mapped.release(mapped.bytes().substr(100, 2 << 20)); // not page-aligned at either end
  mapped.release(mapped.bytes());
  EXPECT_EQ(mapped.bytes(), bytes);
  EXPECT_TRUE(mapped.unchanged());
}

TEST_F(MappedFileTest, EmptyMissingOversizedAndNonRegularFilesAreNotMapped) {
  write("");
  EXPECT_TRUE(MappedFile(path_, 100).bytes().empty());
  write("12345");
  EXPECT_TRUE(MappedFile(path_, 4).bytes().empty());
  EXPECT_EQ(MappedFile(path_, 5).bytes(), "12345");
  EXPECT_TRUE(MappedFile(path_.string() + ".missing", 100).bytes().empty());
  EXPECT_TRUE(MappedFile(temporary_.path(), 100).bytes().empty());
}

TEST_F(MappedFileTest, WritingToTheFileIsNoticed) {
  write(patterned_bytes());
  const MappedFile appended(path_, 4 << 20);
  write("more", std::ios::app);
  EXPECT_FALSE(appended.unchanged());

  write(patterned_bytes());
  const MappedFile rewritten(path_, 4 << 20);
  ::usleep(20000);          // a later modification time, on file systems that keep coarse ones
  write(patterned_bytes()); // the same size and bytes, written again in place
  EXPECT_FALSE(rewritten.unchanged());
}

TEST_F(MappedFileTest, ReplacingOrRemovingTheFileLeavesTheMappedOneIntact) {
  const auto bytes = patterned_bytes();
  write(bytes);
  const MappedFile mapped(path_, bytes.size());
  std::ofstream(path_.string() + ".new", std::ios::binary) << "replacement";
  fs::rename(path_.string() + ".new", path_);
  EXPECT_TRUE(mapped.unchanged());
  fs::remove(path_);
  EXPECT_TRUE(mapped.unchanged());
  mapped.release(mapped.bytes());
  EXPECT_EQ(mapped.bytes(), bytes);
}

TEST_F(MappedFileTest, AFileShrunkUnderItsMappingReadsAsZerosPastItsEndAndIsNoticed) {
  const auto bytes = patterned_bytes();
  write(bytes);
  const MappedFile mapped(path_, 4 << 20);
  mapped.release(mapped.bytes());
  fs::resize_file(path_, 4096 + 10);             // the first page stays, the rest is gone
  const auto read = std::string(mapped.bytes()); // every byte, past the new end too: no SIGBUS
  EXPECT_EQ(read.substr(0, 4096), bytes.substr(0, 4096));
  EXPECT_EQ(read.substr(8192), std::string(bytes.size() - 8192, '\0'));
  EXPECT_FALSE(mapped.unchanged());
}

TEST_F(MappedFileTest, LargeRegularFilesAreMappedSmallOnesAreNot) {
  write(std::string(SourceBytes::min_mapped_bytes, 'x'));
  auto large = SourceBytes::map_file(path_, SourceBytes::min_mapped_bytes);
  ASSERT_TRUE(large.has_value());
  EXPECT_TRUE(large->mapped());
  EXPECT_EQ(large->size(), SourceBytes::min_mapped_bytes);
  EXPECT_FALSE(SourceBytes::map_file(path_, SourceBytes::min_mapped_bytes - 1).has_value());
  EXPECT_FALSE(SourceBytes("in memory").mapped());
  EXPECT_TRUE(SourceBytes("in memory").unchanged());
}

// A valid timeline file of `events` events in 2019, 2020 and 2021, with every kind of text
// plain (viewable in the file), and some not (notes written as a block).
std::string timeline_of(int events) {
  std::string text = "treaty:\n  id: t\n  name: T\nevents:\n";
  for (int number = 0; number < events; ++number) {
    const auto n = std::to_string(number);
    text += "  - id: e" + n + "\n    date: " + std::to_string(2019 + number % 3) +
            "-01-02\n    type: signing\n    parties: [IL, AE]\n    mediators: [US]\n    title: Event number " + n +
            "\n    place: Town " + n + "\n    sources: [https://example.org/" + n + "]\n    tags: [tag-" + n + "]\n";
    text += number % 2 == 0 ? "    treaty: t\n    notes: Plain note " + n + "\n"
                            : "    notes: |\n      Block note " + n + "\n";
  }
  return text;
}

// Every text the events of `result` hold, one line an event.
std::vector<std::string> texts_of(const LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& event : result.events) {
    std::string line = std::string(event.id) + "|" + std::string(event.treaty) + "|" + std::string(event.title) + "|" +
                       std::string(event.place.value_or("-")) + "|" + std::string(event.notes.value_or("-"));
    for (const auto list : {event.parties, event.mediators, event.sources, event.tags}) {
      for (const auto item : list) {
        line += "|" + std::string(item);
      }
    }
    out.push_back(line);
  }
  return out;
}

// The first event of `result` with a text that views `bytes`, or -1.
long first_viewing(const LoadResult& result, std::string_view bytes) {
  for (std::size_t index = 0; index < result.events.size(); ++index) {
    const auto& event = result.events[index];
    std::vector<std::string_view> texts = {event.id, event.treaty, event.title, event.place.value_or(""),
                                           event.notes.value_or("")};
    for (const auto list : {event.parties, event.mediators, event.sources, event.tags}) {
      texts.insert(texts.end(), list.begin(), list.end());
    }
    for (const auto text : texts) {
      if (!text.empty() && util::lies_in(bytes, text)) {
        return static_cast<long>(index);
      }
    }
  }
  return -1;
}

// Read from its mapping, with no cache, cold and warm, with a day window and without, a file
// loads as the same bytes in memory do, and no text of it views the mapping.
TEST_F(MappedFileTest, AMappedFileLoadsAsReadOneWithEveryTextCopied) {
  const auto text = timeline_of(20000);
  ASSERT_GE(text.size(), SourceBytes::min_mapped_bytes);
  write(text);
  auto mapped = SourceBytes::map_file(path_, text.size());
  ASSERT_TRUE(mapped.has_value());
  const auto cache_directory = fs::path(path_.string() + ".cache");
  const ParseCache cache(cache_directory);
  const model::DayWindow year_2020{date::sys_days{date::year{2020} / 1 / 1},
                                   date::sys_days{date::year{2020} / 12 / 31}};
  for (const auto& days : {std::optional<model::DayWindow>(), std::optional(year_2020)}) {
    fs::remove_all(cache_directory);
    const auto from_memory = accords::testing::load_sources({{path_.string(), text, true}}, nullptr, days);
    ASSERT_EQ(from_memory.events.size(), days ? 6667U : 20000U);
    ASSERT_TRUE(from_memory.diagnostics.all().empty());
    for (const auto* way : {"no cache", "cold", "warm"}) {
      SCOPED_TRACE(std::string(way) + (days ? ", 2020 only" : ", every event"));
      const auto from_map = accords::testing::load_sources(
          {{path_.string(), *mapped, true}}, std::string_view(way) == "no cache" ? nullptr : &cache, days);
      EXPECT_TRUE(from_map.diagnostics.all().empty());
      EXPECT_EQ(texts_of(from_map), texts_of(from_memory));
      EXPECT_EQ(first_viewing(from_map, mapped->view()), -1) << "an event's text views the mapped file";
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(cache_directory), fs::directory_iterator()), 1);
  }
  fs::remove_all(cache_directory);
}

TEST_F(MappedFileTest, AMappedFileWrittenToBeforeItIsReadGivesAnError) {
  const auto text = timeline_of(20000);
  write(text);
  auto mapped = SourceBytes::map_file(path_, text.size());
  ASSERT_TRUE(mapped.has_value());
  write("  - id: late\n", std::ios::app);
  const auto result = accords::testing::load_sources({{path_.string(), *mapped, true}});
  EXPECT_TRUE(result.events.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 1U);
  EXPECT_EQ(result.diagnostics.all().front().message, "the file changed while it was being read; run again");
}

TEST_F(MappedFileTest, AMappedFileThatShrinksWhileItIsLoadedGivesAnError) {
  const auto text = timeline_of(20000);
  write(text);
  auto source = SourceBytes::map_file(path_, text.size());
  ASSERT_TRUE(source.has_value());
  fs::resize_file(path_, text.size() / 2);
  const auto result = accords::testing::load_sources({{path_.string(), *source, true}});
  EXPECT_TRUE(result.events.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 1U);
  EXPECT_EQ(result.diagnostics.all().front().message, "the file changed while it was being read; run again");
}

} // namespace
} // namespace accords::load
