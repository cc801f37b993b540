#include "util/spell.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace accords::util {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::string left = ascii_lower(a);
  const std::string right = ascii_lower(b);
  std::vector<std::size_t> row(right.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= left.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= right.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (left[i - 1] == right[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[right.size()];
}

namespace {

// Length of the common prefix of the texts, ignoring ASCII case.
std::size_t shared_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && ascii_lower(a.substr(n, 1)) == ascii_lower(b.substr(n, 1))) {
    ++n;
  }
  return n;
}

} // namespace

std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t max_results) {
  if (word.size() > max_suggested_length) {
    return {}; // no name is that long: nothing to suggest, and the distances would be slow
  }
  // Half the word, at least 2; but 1 for words of one or two letters, which are all within
  // two edits of each other.
  const std::size_t limit = word.size() <= 2 ? 1 : std::max<std::size_t>(2, word.size() / 2);
  // A shared stem of at least four letters and half the word ("signature", "signing") is
  // close enough to suggest even past the limit.
  const std::size_t stem = std::max<std::size_t>(4, word.size() / 2);
  struct Match {
    std::size_t distance;
    std::size_t prefix;
    std::size_t index;
  };
  std::vector<Match> matches;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    // Two words differing in length by more than the limit are farther apart than it: their
    // distance is not worked out (a candidate may be very long).
    const auto gap = std::max(word.size(), candidates[i].size()) - std::min(word.size(), candidates[i].size());
    auto distance = gap > limit ? limit + 1 : edit_distance(word, candidates[i]);
    const auto prefix = shared_prefix(word, candidates[i]);
    if (distance > limit && prefix >= stem) {
      distance = limit;
    }
    if (distance <= limit) {
      matches.push_back({distance, prefix, i});
    }
  }
  // Closest first; among equals, the longest shared beginning, then the order given.
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.prefix > b.prefix;
  });
  std::vector<std::string> found;
  for (const auto& match : matches) {
    if (found.size() == max_results || match.distance > matches.front().distance) {
      break;
    }
    if (std::find(found.begin(), found.end(), candidates[match.index]) == found.end()) {
      found.push_back(candidates[match.index]);
    }
  }
  return found;
}

std::string did_you_mean_any(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) {
    return "";
  }
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i != 0) {
      out += i + 1 == suggestions.size() ? " or " : ", ";
    }
    out += suggestions[i];
  }
  return out + "?)";
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto quoted = closest(word, candidates);
  for (auto& found : quoted) {
    found.insert(0, 1, '\'');
    found += '\'';
  }
  return did_you_mean_any(quoted);
}

std::string unknown_name(const UnknownName& name, const std::vector<std::string>& candidates,
                         std::string_view fallback) {
  const auto hint = did_you_mean(name.word, candidates);
  return fmt::format("{} {} '{}'{}{}", name.adjective, name.kind, name.word, name.context,
                     hint.empty() ? fallback : std::string_view(hint));
}

std::string name_list(std::string_view label, const std::vector<std::string>& names, std::string_view separator) {
  return fmt::format(" ({}: {})", label, join(names, separator));
}

} // namespace accords::util
