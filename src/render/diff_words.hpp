#pragma once
// The words the writers of `accords diff` share: the two sides' names, a field's value and a
// party's standing on one line.

#include "engine/timeline_diff.hpp"
#include "model/event_type.hpp"

#include <optional>
#include <string>

namespace accords::render {

// The two sides compared, as the command line named them.
struct DiffSides {
  std::string old_name; // e.g. "git:HEAD~1:timelines"
  std::string new_name; // e.g. "timelines"
};

// A field's value on one line: the text, a list's items joined with ", ", "(none)" when
// absent and "(empty)" for an empty list or text; control characters become spaces.
[[nodiscard]] std::string value_words(const engine::FieldValue& value);

// A party's standing: "party since 2020-09-15", or "(none)" without a status.
[[nodiscard]] std::string standing_words(model::Status status, const std::optional<model::PartialDate>& since);

// The marker of a change: "+" for something only the new side has, "-" for something only
// the old side has, "~" for something both have that differs.
[[nodiscard]] char member_marker(const engine::MemberChange& change);

} // namespace accords::render
