// edit/csv_import: a CSV table of events made a timeline file's text; the ids it makes.
#include "edit/csv_import.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace accords::edit {
namespace {

const auto csv_path = std::make_shared<const std::string>("t.csv");

// The ids of the timeline made, in order.
std::vector<std::string> ids_of(const std::string& text) {
  std::vector<std::string> ids;
  const std::string key = "  - id: ";
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
    ids.push_back(text.substr(at + key.size(), text.find('\n', at) - at - key.size()));
  }
  return ids;
}

TEST(CsvImport, MadeIdsAreNumberedAroundTheIdsInUse) {
  CsvImportOptions options;
  options.treaty = "t";
  options.id_taken = [](std::string_view id) { return id == "2020-same-3"; }; // loaded already
  const auto imported = import_csv("id,date,type,parties,title\n"
                                   ",2020,summit,IL,Same\n"
                                   ",2020,summit,IL,Same\n"
                                   ",2020,summit,IL,Same\n"
                                   "2020-same-4,2020,summit,IL,Same\n" // given by a later row
                                   ",2020,summit,IL,Same\n"
                                   ",2021,summit,IL,Same\n",
                                   csv_path, options);
  EXPECT_EQ(imported.problems.error_count(), 0U);
  EXPECT_EQ(ids_of(imported.text), (std::vector<std::string>{"2020-same", "2020-same-2", "2020-same-5", "2020-same-4",
                                                             "2020-same-6", "2021-same"}));
}

// However many rows make the same id, each id made is looked up about once: the import takes
// time in proportion to the rows, not to their square.
TEST(CsvImport, EachIdMadeIsLookedUpAboutOnce) {
  constexpr int rows = 2000;
  std::string csv = "date,type,parties,title\n";
  for (int row = 0; row < rows; ++row) {
    csv += "2020-01-01,summit,IL,The same title\n";
  }
  int lookups = 0;
  CsvImportOptions options;
  options.treaty = "t";
  options.id_taken = [&](std::string_view) {
    ++lookups;
    return false;
  };
  const auto imported = import_csv(csv, csv_path, options);
  EXPECT_EQ(imported.events, static_cast<std::size_t>(rows));
  EXPECT_EQ(ids_of(imported.text).back(), "2020-01-01-same-title-2000");
  EXPECT_LE(lookups, 2 * rows);
}

} // namespace
} // namespace accords::edit
