#include "model/source_text.hpp"

#include "model/date.hpp"

#include <algorithm>

namespace accords::model {
namespace {

// True when `text` holds a blank or a control character.
bool has_blank_or_control(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == '\x7f'; });
}

} // namespace

bool is_web_address(std::string_view source) {
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (source.starts_with(scheme)) {
      const auto rest = source.substr(scheme.size());
      const auto host = rest.substr(0, rest.find_first_of("/?#"));
      return !host.empty() && host.find('.') != std::string_view::npos && !has_blank_or_control(source);
    }
  }
  return false;
}

bool is_citation(std::string_view source) {
  const auto title_start = source.find(", \"");
  if (title_start == std::string_view::npos || title_start == 0) {
    return false;
  }
  const auto title_end = source.rfind("\", ");
  if (title_end == std::string_view::npos || title_end <= title_start + 3) {
    return false;
  }
  return PartialDate::parse(source.substr(title_end + 3)).has_value();
}

std::string source_problem(std::string_view source) {
  if (source.find("\u2026") != std::string_view::npos || source.find("...") != std::string_view::npos) {
    return "is cut short with an ellipsis: give the full web address, or a citation such as Publisher, \"Title\", "
           "YYYY-MM-DD";
  }
  if (is_web_address(source) || is_citation(source)) {
    return "";
  }
  return "is neither a full http(s) web address nor a citation such as Publisher, \"Title\", YYYY-MM-DD";
}

} // namespace accords::model
