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
// " (did you mean 'a' or 'b'?)" for the closest candidates, or "" when none is close.
[[nodiscard]] std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace accords::util
