#include "edit/event_id.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <cstddef>
#include <map>

namespace accords::edit {
namespace {

constexpr std::size_t max_id_length = 64;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Where a four-digit year that follows a dash (or starts the id) begins in `id`; npos if none.
std::size_t year_start(std::string_view id) {
  for (std::size_t i = 0; i + 4 <= id.size(); ++i) {
    const bool starts = i == 0 || id[i - 1] == '-';
    if (starts && is_digit(id[i]) && is_digit(id[i + 1]) && is_digit(id[i + 2]) && is_digit(id[i + 3]) &&
        (i + 4 == id.size() || id[i + 4] == '-')) {
      return i;
    }
  }
  return std::string_view::npos;
}

// The title's words, folded to ASCII letters and digits, joined with dashes.
std::string slug(std::string_view title) {
  std::string out;
  for (const char c : util::fold_name(title)) {
    const bool keep = (c >= 'a' && c <= 'z') || is_digit(c);
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') {
    out.pop_back();
  }
  return out;
}

} // namespace

std::string common_id_prefix(std::span<const std::string_view> ids) {
  std::map<std::string_view, std::size_t> counts;
  for (const auto id : ids) {
    const auto year = year_start(id);
    if (year != std::string_view::npos) {
      ++counts[id.substr(0, year)];
    }
  }
  for (const auto& [prefix, count] : counts) {
    if (2 * count > ids.size()) {
      return std::string(prefix);
    }
  }
  return {};
}

std::string event_id_base(std::string_view prefix, std::string_view date, std::string_view title) {
  std::string base = std::string(prefix) + slug(date);
  const auto words = slug(title);
  std::size_t start = 0;
  while (start < words.size()) {
    auto stop = words.find('-', start);
    stop = stop == std::string::npos ? words.size() : stop;
    if (base.size() + 1 + (stop - start) > max_id_length) {
      break;
    }
    base += '-';
    base.append(words, start, stop - start);
    start = stop + 1;
  }
  return base;
}

std::string numbered_event_id(const std::string& base, const std::function<bool(std::string_view)>& taken,
                              int& number) {
  number = std::max(number, 1);
  while (true) {
    auto id = number == 1 ? base : base + "-" + std::to_string(number);
    if (!taken(id)) {
      return id;
    }
    ++number;
  }
}

std::string make_event_id(std::string_view prefix, std::string_view date, std::string_view title,
                          const std::function<bool(std::string_view)>& taken) {
  int number = 1;
  return numbered_event_id(event_id_base(prefix, date, title), taken, number);
}

} // namespace accords::edit
