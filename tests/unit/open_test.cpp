// load/source/open: which data paths are read, and how files, directories and standard input
// become sources.
#include "load/source/open.hpp"

#include "load/builtin.hpp"
#include "temporary_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace accords::load {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

// ---- choose_data_paths ----------------------------------------------------------------

TEST(ChooseDataPaths, GivenPathsBeatAccordsPath) {
  EXPECT_EQ(choose_data_paths({"a.yaml", "dir"}, std::string("x:y")), (Strings{"a.yaml", "dir"}));
}

TEST(ChooseDataPaths, AccordsPathWhenNoneIsGiven) {
  EXPECT_EQ(choose_data_paths({}, std::string("/data/one:two/three.yaml")), (Strings{"/data/one", "two/three.yaml"}));
}

TEST(ChooseDataPaths, EmptyEntriesOfAccordsPathAreSkipped) {
  EXPECT_EQ(choose_data_paths({}, std::string("::a::b:")), (Strings{"a", "b"}));
}

TEST(ChooseDataPaths, SingleEntry) { EXPECT_EQ(choose_data_paths({}, std::string("only")), Strings{"only"}); }

TEST(ChooseDataPaths, NothingMeansTheBuiltInTimelines) {
  EXPECT_EQ(choose_data_paths({}, std::nullopt), Strings{});
  EXPECT_EQ(choose_data_paths({}, std::string("")), Strings{});
  EXPECT_EQ(choose_data_paths({}, std::string(":::")), Strings{});
}

TEST(ChooseDataPaths, GivenPathsAreKeptAsGiven) {
  EXPECT_EQ(choose_data_paths({"-", "b", "a", "b"}, std::nullopt), (Strings{"-", "b", "a", "b"}));
}

// ---- open_sources ------------------------------------------------------------------

// A fresh directory tree under the system's temporary directory, removed at the end.
class DataTree : public ::testing::Test {
protected:
  // Writes `bytes` to `relative` under the root, creating its folders.
  void write(const std::string& relative, const std::string& bytes) const {
    const auto file = root_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
  }

  [[nodiscard]] std::string path(const std::string& relative = "") const {
    return relative.empty() ? root_.string() : (root_ / relative).string();
  }

  static Strings names(const Opened& result) {
    Strings out;
    for (const auto& source : result.sources) {
      out.push_back(source.name);
    }
    return out;
  }

  accords::testing::TemporaryDirectory temporary_;
  const fs::path& root_ = temporary_.path();
};

TEST_F(DataTree, DirectoryIsSearchedRecursivelyInByteWiseOrder) {
  write("b.yaml", "b");
  write("a.yml", "a");
  write("A.yaml", "A");     // upper case sorts before lower case
  write("sub/c.yaml", "c"); // "sub-dir/..." sorts before "sub/..." ('-' < '/')
  write("sub-dir/e.yaml", "e");
  write("sub/deeper/f.yaml", "f");
  write("dir.yaml/g.yaml", "g"); // a folder whose name ends in .yaml is searched, not read
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_EQ(result.errors, Strings{});
  EXPECT_EQ(names(result), (Strings{path("A.yaml"), path("a.yml"), path("b.yaml"), path("dir.yaml/g.yaml"),
                                    path("sub-dir/e.yaml"), path("sub/c.yaml"), path("sub/deeper/f.yaml")}));
  ASSERT_EQ(result.sources.size(), 7U);
  EXPECT_EQ(result.sources[0].bytes, "A");
  EXPECT_EQ(result.sources[6].bytes, "f");
}

TEST_F(DataTree, OnlyYamlFilesAreTakenFromADirectory) {
  write("keep.yaml", "k");
  write("notes.txt", "n");
  write("README.md", "r");
  write("old.yaml.bak", "o");
  write("upper.YAML", "u"); // the ending in any case
  write("mixed.Yml", "m");
  write("yaml", "y");
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_EQ(result.errors, Strings{});
  EXPECT_EQ(result.warnings, Strings{});
  EXPECT_EQ(names(result), (Strings{path("keep.yaml"), path("mixed.Yml"), path("upper.YAML")}));
}

TEST_F(DataTree, ADirectoryWithoutTimelineFilesIsAWarning) {
  write("notes.txt", "n");
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_EQ(result.errors, Strings{});
  EXPECT_EQ(names(result), Strings{});
  EXPECT_EQ(result.warnings, Strings{"no timeline file (*.yaml, *.yml) in '" + path() + "'"});
}

TEST_F(DataTree, HiddenFilesAndFoldersAreSkipped) {
  write("visible.yaml", "v");
  write(".hidden.yaml", "h");
  write(".git/objects.yaml", "g");
  write("sub/.cache/x.yaml", "x");
  write("sub/ok.yaml", "o");
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_EQ(result.errors, Strings{});
  EXPECT_EQ(names(result), (Strings{path("sub/ok.yaml"), path("visible.yaml")}));
}

TEST_F(DataTree, NamedFilesAreReadWhateverTheirName) {
  write("notes.txt", "text");
  write(".hidden.yaml", "hidden");
  std::istringstream in;
  const auto result = open_sources({path("notes.txt"), path(".hidden.yaml")}, in);
  EXPECT_EQ(result.errors, Strings{});
  EXPECT_EQ(names(result), (Strings{path("notes.txt"), path(".hidden.yaml")}));
  EXPECT_EQ(result.sources[0].bytes, "text");
}

TEST_F(DataTree, PathsAreReadInTheOrderGiven) {
  write("a.yaml", "a");
  write("z/b.yaml", "b");
  std::istringstream in;
  const auto result = open_sources({path("z"), path("a.yaml")}, in);
  EXPECT_EQ(names(result), (Strings{path("z/b.yaml"), path("a.yaml")}));
}

TEST_F(DataTree, BytesAreReadExactly) {
  const std::string bytes = std::string("a: 1\r\nb: \xC3\xA9\n", 12) + std::string(1, '\0') + "\xFF";
  write("raw.yaml", bytes);
  std::istringstream in;
  const auto result = open_sources({path("raw.yaml")}, in);
  ASSERT_EQ(result.sources.size(), 1U);
  EXPECT_EQ(result.sources[0].bytes, bytes);
}

TEST_F(DataTree, MissingPath) {
  std::istringstream in;
  const auto missing = path("nope.yaml");
  const auto result = open_sources({missing}, in);
  EXPECT_TRUE(result.sources.empty());
  EXPECT_EQ(result.errors, Strings{"cannot read '" + missing + "': No such file or directory"});
}

TEST_F(DataTree, MissingPathDoesNotStopTheOthers) {
  write("a.yaml", "a");
  std::istringstream in;
  const auto result = open_sources({"no/such/dir", path("a.yaml"), "also-missing.yaml"}, in);
  EXPECT_EQ(names(result), Strings{path("a.yaml")});
  EXPECT_EQ(result.errors, (Strings{"cannot read 'no/such/dir': No such file or directory",
                                    "cannot read 'also-missing.yaml': No such file or directory"}));
}

TEST_F(DataTree, DanglingSymlinkInADirectory) {
  write("a.yaml", "a");
  fs::create_symlink(root_ / "nowhere", root_ / "broken.yaml");
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_EQ(names(result), Strings{path("a.yaml")});
  EXPECT_EQ(result.errors, Strings{"cannot read '" + path("broken.yaml") + "': No such file or directory"});
}

TEST_F(DataTree, EmptyDirectory) {
  std::istringstream in;
  const auto result = open_sources({path()}, in);
  EXPECT_TRUE(result.sources.empty());
  EXPECT_TRUE(result.errors.empty());
}

TEST_F(DataTree, StandardInput) {
  write("a.yaml", "a");
  std::istringstream in("schema: 1\n");
  const auto result = open_sources({path("a.yaml"), "-"}, in);
  EXPECT_EQ(result.errors, Strings{});
  ASSERT_EQ(result.sources.size(), 2U);
  EXPECT_EQ(result.sources[1].name, "<stdin>");
  EXPECT_EQ(result.sources[1].bytes, "schema: 1\n");
}

TEST(OpenSources, EmptyStandardInput) {
  std::istringstream in;
  const auto result = open_sources({"-"}, in);
  ASSERT_EQ(result.sources.size(), 1U);
  EXPECT_EQ(result.sources[0].name, "<stdin>");
  EXPECT_EQ(result.sources[0].bytes, "");
}

TEST(OpenSources, NoPaths) {
  std::istringstream in("unused");
  const auto result = open_sources({}, in);
  EXPECT_TRUE(result.sources.empty());
  EXPECT_TRUE(result.errors.empty());
}

// ---- builtin_sources ------------------------------------------------------------------

TEST(BuiltinSources, NamedAfterTheTimelinesFolder) {
  const auto sources = builtin_sources();
  ASSERT_FALSE(sources.empty());
  for (const auto& source : sources) {
    EXPECT_EQ(source.name.rfind("builtin:timelines/", 0), 0U) << source.name;
    EXPECT_TRUE(source.name.ends_with(".yaml") || source.name.ends_with(".yml")) << source.name;
    EXPECT_GT(source.bytes.size(), 0U) << source.name;
  }
}

TEST(BuiltinSources, InByteWiseOrder) {
  const auto sources = builtin_sources();
  EXPECT_TRUE(
      std::is_sorted(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.name < b.name; }));
}

TEST(BuiltinSources, SameAsTheEmbeddedFiles) {
  const auto sources = builtin_sources();
  const auto files = builtin_files();
  ASSERT_EQ(sources.size(), files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(sources[i].name, files[i].name);
    EXPECT_EQ(sources[i].bytes, files[i].bytes);
  }
}

} // namespace
} // namespace accords::load
