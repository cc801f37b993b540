// util/mapped_file and load/source_bytes' mapped bytes: a large file is mapped, not read;
// what is given back stays readable; writing to the file is noticed, replacing it is not;
// a file that shrinks under its mapping ends the program with an error, not a crash.
#include "util/mapped_file.hpp"

#include "load/loader.hpp"
#include "load/source_bytes.hpp"
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace accords::util {
namespace {
namespace fs = std::filesystem;

// A file of its own for one test, removed afterwards.
class MappedFileTest : public testing::Test {
protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("accords-mapped-test-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove(path_, ignored);
    fs::remove(fs::path(path_.string() + ".new"), ignored);
  }
  void write(const std::string& bytes, std::ios::openmode mode = std::ios::trunc) const {
    std::ofstream(path_, std::ios::binary | mode) << bytes;
  }

  fs::path path_;
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
  const MappedFile mapped(path_, bytes.size(), false);
  ASSERT_EQ(mapped.bytes(), bytes);
  mapped.release(mapped.bytes().substr(100, 2 << 20)); // not page-aligned at either end
  mapped.release(mapped.bytes());
  EXPECT_EQ(mapped.bytes(), bytes);
  EXPECT_TRUE(mapped.unchanged());
}

TEST_F(MappedFileTest, EmptyMissingOversizedAndNonRegularFilesAreNotMapped) {
  write("");
  EXPECT_TRUE(MappedFile(path_, 100, false).bytes().empty());
  write("12345");
  EXPECT_TRUE(MappedFile(path_, 4, false).bytes().empty());
  EXPECT_EQ(MappedFile(path_, 5, false).bytes(), "12345");
  EXPECT_TRUE(MappedFile(path_.string() + ".missing", 100, false).bytes().empty());
  EXPECT_TRUE(MappedFile(fs::temp_directory_path(), 100, false).bytes().empty());
}

TEST_F(MappedFileTest, WritingToTheFileIsNoticed) {
  write(patterned_bytes());
  const MappedFile appended(path_, 4 << 20, false);
  write("more", std::ios::app);
  EXPECT_FALSE(appended.unchanged());

  write(patterned_bytes());
  const MappedFile rewritten(path_, 4 << 20, false);
  ::usleep(20000);          // a later modification time, on file systems that keep coarse ones
  write(patterned_bytes()); // the same size and bytes, written again in place
  EXPECT_FALSE(rewritten.unchanged());
}

TEST_F(MappedFileTest, ReplacingOrRemovingTheFileLeavesTheMappedOneIntact) {
  const auto bytes = patterned_bytes();
  write(bytes);
  const MappedFile mapped(path_, bytes.size(), false);
  std::ofstream(path_.string() + ".new", std::ios::binary) << "replacement";
  fs::rename(path_.string() + ".new", path_);
  EXPECT_TRUE(mapped.unchanged());
  fs::remove(path_);
  EXPECT_TRUE(mapped.unchanged());
  mapped.release(mapped.bytes());
  EXPECT_EQ(mapped.bytes(), bytes);
}

TEST_F(MappedFileTest, AFileShrunkUnderItsMappingEndsTheProgramWithAnError) {
  write(patterned_bytes());
  EXPECT_EXIT(
      {
        report_files_shrunk_while_read();
        const MappedFile mapped(path_, 4 << 20, false);
        mapped.release(mapped.bytes());
        fs::resize_file(path_, 0);
        volatile char last = mapped.bytes().back();
        static_cast<void>(last);
        std::exit(0);
      },
      testing::ExitedWithCode(1), "accords: error: a file shrank while it was being read");
}

TEST_F(MappedFileTest, LargeRegularFilesAreMappedSmallOnesAreNot) {
  write(std::string(load::SourceBytes::min_mapped_bytes, 'x'));
  auto large = load::SourceBytes::map_file(path_, load::SourceBytes::min_mapped_bytes);
  ASSERT_TRUE(large.has_value());
  EXPECT_TRUE(large->mapped());
  EXPECT_EQ(large->size(), load::SourceBytes::min_mapped_bytes);
  EXPECT_NE(large->owner(), nullptr);
  EXPECT_FALSE(load::SourceBytes::map_file(path_, load::SourceBytes::min_mapped_bytes - 1).has_value());
  EXPECT_FALSE(load::SourceBytes("in memory").mapped());
  EXPECT_TRUE(load::SourceBytes("in memory").unchanged());
}

// A valid timeline file of `events` events, its titles plain (viewable) texts.
std::string timeline_of(int events) {
  std::string text = "treaty:\n  id: t\n  name: T\nevents:\n";
  for (int number = 0; number < events; ++number) {
    text += "  - id: e" + std::to_string(number) +
            "\n    date: 2020-01-02\n    type: signing\n    parties: [IL]\n    title: Event number " +
            std::to_string(number) + "\n    sources: [https://example.org/" + std::to_string(number) + "]\n";
  }
  return text;
}

TEST_F(MappedFileTest, AMappedFileLoadsAsReadOneWithEveryTextCopied) {
  const auto text = timeline_of(20000);
  ASSERT_GE(text.size(), load::SourceBytes::min_mapped_bytes);
  write(text);
  auto mapped = load::SourceBytes::map_file(path_, text.size());
  ASSERT_TRUE(mapped.has_value());
  const auto from_map = load::load_sources({{path_.string(), *mapped, true}});
  const auto from_memory = load::load_sources({{path_.string(), text, true}});
  ASSERT_EQ(from_map.events.size(), 20000U);
  ASSERT_EQ(from_map.events.size(), from_memory.events.size());
  EXPECT_TRUE(from_map.diagnostics.all().empty());
  for (std::size_t index = 0; index < from_map.events.size(); ++index) {
    const auto& event = from_map.events[index];
    EXPECT_EQ(event.id, from_memory.events[index].id);
    EXPECT_EQ(event.title, from_memory.events[index].title);
    EXPECT_EQ(event.sources.front(), from_memory.events[index].sources.front());
    for (const auto view : {event.id, event.title, event.sources.front()}) {
      ASSERT_FALSE(util::lies_in(mapped->view(), view)) << "a text views the mapped file at event " << index;
    }
  }
}

TEST_F(MappedFileTest, AMappedFileWrittenToBeforeItIsReadGivesAnError) {
  const auto text = timeline_of(20000);
  write(text);
  auto mapped = load::SourceBytes::map_file(path_, text.size());
  ASSERT_TRUE(mapped.has_value());
  write("  - id: late\n", std::ios::app);
  const auto result = load::load_sources({{path_.string(), *mapped, true}});
  EXPECT_TRUE(result.events.empty());
  ASSERT_EQ(result.diagnostics.all().size(), 1U);
  EXPECT_EQ(result.diagnostics.all().front().message, "the file changed while it was being read; run again");
}

} // namespace
} // namespace accords::util
