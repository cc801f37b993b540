#pragma once
// Asking for a value at a terminal, one line at a time (accords add without flags).

#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace accords::cli {

// A question and how its answer is checked.
struct Question {
  std::string_view label;               // "date", "type", ...
  std::string_view hint;                // shown in brackets: "YYYY, YYYY-MM or YYYY-MM-DD"
  bool required = false;                // an empty answer asks again
  std::span<const std::string> choices; // listed when the answer is "?"; empty: none
  // The value to keep for an answer, or throws UsageError whose message is shown before the
  // question is asked again (did-you-mean included); empty: the answer as typed.
  std::function<std::string(const std::string&)> check;
};

// Asks `question` on `out` and reads answers from `in` until one is accepted; the accepted
// value (empty for an optional question left empty), or nullopt when `in` ends. "?" lists
// the choices; an answer that is refused is told why and asked again.
[[nodiscard]] std::optional<std::string> ask(std::istream& in, std::ostream& out, const Question& question);

// Asks for the items of a list, one per line, until an empty line; each checked as `question`
// says. nullopt when `in` ends.
[[nodiscard]] std::optional<std::vector<std::string>> ask_list(std::istream& in, std::ostream& out,
                                                               const Question& question);

} // namespace accords::cli
