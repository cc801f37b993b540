#include "util/text.hpp"

#include <algorithm>
#include <functional>

namespace accords::util {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

} // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool icontains(std::string_view haystack, std::string_view needle) {
  const auto* const found = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                        [](char x, char y) { return lower(x) == lower(y); });
  return needle.empty() || found != haystack.end();
}

namespace {

template <typename Items> void append_items(std::string& out, const Items& items, std::string_view separator) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) {
      out += separator;
    }
    out += items[i];
  }
}

} // namespace

bool lies_in(std::string_view bytes, std::string_view text) {
  return !bytes.empty() && std::less_equal<>()(bytes.data(), text.data()) &&
         std::less_equal<>()(text.data() + text.size(), bytes.data() + bytes.size());
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  append_items(out, items, separator);
  return out;
}

std::string join(std::span<const std::string_view> items, std::string_view separator) {
  std::string out;
  append_items(out, items, separator);
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    items.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) {
      return items;
    }
    start = end + 1;
  }
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const auto first = text.find_first_not_of(space);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

} // namespace accords::util
