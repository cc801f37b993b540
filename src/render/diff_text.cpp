#include "render/diff_text.hpp"

#include "model/entity.hpp"
#include "render/report_words.hpp"
#include "render/style.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace accords::render {
namespace {

// The style of a line marked `marker`.
std::string_view marker_style(char marker) {
  switch (marker) {
  case '+':
    return added_style();
  case '-':
    return removed_style();
  default:
    return changed_style();
  }
}

// One line marked `marker` ('+', '-' or '~'), coloured when `color`.
void line(std::ostream& out, char marker, std::string_view text, bool color) {
  out << styled(fmt::format("{} {}", marker, text), marker_style(marker), color) << '\n';
}

// A section's heading.
void heading(std::ostream& out, std::string_view text, bool color) {
  out << styled(text, header_style(), color) << '\n';
}

// "DATE  ID  TYPE  TITLE" of an event.
std::string event_words(const model::Event& event) {
  return fmt::format("{}  {}  {}  {}", event_dates(event), event.id, model::event_type_name(event.type),
                     one_line(event.title));
}

// "ID: NAME" of a treaty.
std::string treaty_words(const model::Treaty& treaty) {
  return fmt::format("{}: {}", treaty.id, one_line(treaty.name));
}

// The changed fields, one a line below what they belong to.
void field_lines(std::ostream& out, const std::vector<engine::FieldChange>& fields) {
  for (const auto& field : fields) {
    out << fmt::format("    {}: {} → {}\n", field.field, value_words(field.old_value), value_words(field.new_value));
  }
}

void treaty_section(std::ostream& out, const engine::TimelineDiff& diff, bool color) {
  if (diff.added_treaties.empty() && diff.removed_treaties.empty() && diff.changed_treaties.empty()) {
    return;
  }
  heading(out, "treaties", color);
  for (const auto* treaty : diff.added_treaties) {
    line(out, '+', treaty_words(*treaty), color);
  }
  for (const auto* treaty : diff.removed_treaties) {
    line(out, '-', treaty_words(*treaty), color);
  }
  for (const auto& change : diff.changed_treaties) {
    line(out, '~', treaty_words(*change.new_treaty), color);
    field_lines(out, change.fields);
  }
}

void event_section(std::ostream& out, const engine::TimelineDiff& diff, bool color) {
  if (diff.added.empty() && diff.removed.empty() && diff.changed.empty()) {
    return;
  }
  heading(out, "events", color);
  for (const auto* event : diff.added) {
    line(out, '+', event_words(*event), color);
  }
  for (const auto* event : diff.removed) {
    line(out, '-', event_words(*event), color);
  }
  for (const auto& change : diff.changed) {
    line(out, '~', event_words(*change.new_event), color);
    field_lines(out, change.fields);
  }
}

void member_section(std::ostream& out, const engine::TimelineDiff& diff, bool color) {
  if (diff.members.empty()) {
    return;
  }
  heading(out, "members as of " + day_text(diff.as_of), color);
  for (const auto& change : diff.members) {
    line(out, member_marker(change),
         fmt::format("{}  {}  {}: {} → {}", change.treaty, change.party, one_line(model::party_name(change.party)),
                     standing_words(change.old_status, change.old_since),
                     standing_words(change.new_status, change.new_since)),
         color);
  }
}

} // namespace

void write_diff_text(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides, bool color) {
  out << styled("--- " + one_line(sides.old_name), header_style(), color) << '\n';
  out << styled("+++ " + one_line(sides.new_name), header_style(), color) << '\n';
  if (diff.equal()) {
    out << "(no differences)\n";
    return;
  }
  treaty_section(out, diff, color);
  event_section(out, diff, color);
  member_section(out, diff, color);
}

} // namespace accords::render
