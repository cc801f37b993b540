#include "edit/yaml_resolve.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <regex>
#include <string>

namespace accords::edit {
namespace {

// The words YAML 1.2 core or YAML 1.1 reads as null or a boolean.
constexpr std::array<std::string_view, 33> special_words{
    "~",   "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes",
    "Yes", "YES",  "no",   "No",   "NO",   "on",   "On",   "ON",    "off",   "Off",   "OFF",
    "y",   "Y",    "n",    "N",    "<<",   "=",    ".inf", ".Inf",  ".INF",  ".nan",  ".NaN"};

// Longer than this, text that starts like a number is quoted without looking further: the
// patterns below are never needed for it in practice, and std::regex recurses per character.
constexpr std::size_t longest_number = 64;

// The YAML 1.2 core and YAML 1.1 (as PyYAML's resolver has them) patterns of integers,
// floats and timestamps, in one expression.
const std::regex& number_like() {
  static const std::regex pattern(
      // 1.2 core int and float
      "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
      "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
      "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
      // 1.1 int
      "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
      "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
      // 1.1 float (as the 1.1 types page has it, which takes in "1.2.3", and as PyYAML has it)
      "|[-+]?([0-9][0-9_]*)?\\.[0-9_.]*([eE][-+][0-9]+)?"
      "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
      // 1.1 timestamp
      "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
      "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
      "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?",
      std::regex::ECMAScript | std::regex::optimize);
  return pattern;
}

// Whether `c` can start a number, a float or a timestamp.
bool starts_number(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.'; }

} // namespace

bool plain_reads_as_text(std::string_view text) {
  if (text.empty()) {
    return false; // null
  }
  for (const auto word : special_words) {
    if (text == word) {
      return false;
    }
  }
  if (!starts_number(text.front())) {
    return true;
  }
  if (text.size() > longest_number) {
    return false;
  }
  // The shapes of the dates of a timeline, answered without the patterns: a year is an
  // integer, a day a timestamp, a month text.
  const auto digits = [&](std::size_t from, std::size_t count) {
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                       text.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (text.size() == 4 && digits(0, 4)) {
    return false;
  }
  if ((text.size() == 7 || text.size() == 10) && digits(0, 4) && text[4] == '-' && digits(5, 2) &&
      (text.size() == 7 || (text[7] == '-' && digits(8, 2)))) {
    return text.size() == 7;
  }
  return !std::regex_match(text.begin(), text.end(), number_like());
}

} // namespace accords::edit
