#pragma once
// "Did you mean" suggestions from an edit distance, as compilers and ninja make them.

#include <string>
#include <string_view>
#include <vector>

namespace accords::util {

// Levenshtein distance between the texts, ignoring ASCII case.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);
// Words longer than this get no suggestion: the names suggested (keys, types, countries,
// ids) are short, and an edit distance costs the product of the two lengths.
inline constexpr std::size_t max_suggested_length = 128;

// The candidates closest to `word`: those at the smallest edit distance, within half the
// word's length (at least 2; 1 for two-letter words), or sharing its first letters (at least
// four, and half the word); ties go to the longest shared beginning, then to the order given.
// Empty when none is close.
[[nodiscard]] std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                               std::size_t max_results = 3);
// " (did you mean a, b or c?)" for suggestions already chosen and written, or "" for none.
[[nodiscard]] std::string did_you_mean_any(const std::vector<std::string>& suggestions);
// " (did you mean 'a' or 'b'?)" for the closest candidates, or "" when none is close.
[[nodiscard]] std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// A word that names nothing, as an error message puts it: "ADJECTIVE KIND 'WORD'CONTEXT".
struct UnknownName {
  std::string_view kind;                  // what the word was taken for: "event type", "format"
  std::string_view word;                  // the word as given
  std::string_view context = {};          // written after the quoted word: " for list", " in event"
  std::string_view adjective = "unknown"; // "undefined" for a reference to a name nothing defines
};

// The message for `name`: "unknown KIND 'WORD'CONTEXT", then " (did you mean 'a' or 'b'?)" for
// the closest of `candidates`, or `fallback` when none is close (a name_list, a sentence of its
// own such as ": give a code", or nothing).
[[nodiscard]] std::string unknown_name(const UnknownName& name, const std::vector<std::string>& candidates,
                                       std::string_view fallback = {});
// " (LABEL: a, b, c)": every valid name, `separator` between them, as unknown_name's fallback.
[[nodiscard]] std::string name_list(std::string_view label, const std::vector<std::string>& names,
                                    std::string_view separator = ", ");

} // namespace accords::util
