#include "render/diff_words.hpp"

#include "render/report_words.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace accords::render {

std::string value_words(const engine::FieldValue& value) {
  if (!value.present) {
    return "(none)";
  }
  if (value.items.empty() || (!value.is_list && value.items.front().empty())) {
    return "(empty)";
  }
  return one_line(util::join(value.items, ", "));
}

std::string standing_words(model::Status status, const std::optional<model::PartialDate>& since) {
  if (status == model::Status::none) {
    return "(none)";
  }
  return since ? fmt::format("{} since {}", model::status_name(status), since->text())
               : std::string(model::status_name(status));
}

char member_marker(const engine::MemberChange& change) {
  if (change.old_status == model::Status::none) {
    return '+';
  }
  return change.new_status == model::Status::none ? '-' : '~';
}

} // namespace accords::render
