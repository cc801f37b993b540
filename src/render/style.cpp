#include "render/style.hpp"

namespace accords::render {

std::string_view type_color(model::EventType type) {
  using model::EventType;
  switch (type) {
  case EventType::report:
    return "\x1b[2m"; // dim: speculation
  case EventType::announcement:
    return "\x1b[33m"; // yellow
  case EventType::signing:
  case EventType::accession:
  case EventType::ratification:
  case EventType::acceptance:
  case EventType::approval:
  case EventType::entry_into_force:
  case EventType::succession:
    return "\x1b[32m"; // green: membership
  case EventType::rejection:
  case EventType::withdrawal_notice:
  case EventType::withdrawal:
  case EventType::suspension:
    return "\x1b[31m"; // red
  case EventType::relations:
  case EventType::embassy:
    return "\x1b[36m"; // cyan: diplomacy
  case EventType::agreement:
    return "\x1b[34m"; // blue
  case EventType::summit:
    return "\x1b[35m"; // magenta
  case EventType::sanctions:
    return "\x1b[91m"; // bright red
  case EventType::other:
    break;
  }
  return "";
}

std::string_view header_style() { return "\x1b[1m"; }

std::string_view added_style() { return "\x1b[32m"; }

std::string_view removed_style() { return "\x1b[31m"; }

std::string_view changed_style() { return "\x1b[33m"; }

std::string_view reset_style() { return "\x1b[0m"; }

std::string styled(std::string_view text, std::string_view style, bool enabled) {
  if (!enabled || style.empty()) {
    return std::string(text);
  }
  std::string out(style);
  out += text;
  out += reset_style();
  return out;
}

} // namespace accords::render
