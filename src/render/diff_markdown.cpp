#include "render/diff_markdown.hpp"

#include "model/entity.hpp"
#include "render/markdown_escape.hpp"
#include "render/report_words.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace accords::render {
namespace {

// A section heading and a table's header and delimiter rows.
void table_start(std::ostream& out, std::string_view title, const std::vector<std::string>& names) {
  out << "\n### " << title << "\n\n";
  write_markdown_row(out, names);
  write_markdown_row(out, std::vector<std::string>(names.size(), "---"));
}

// An inline code span of an id (ids are [a-z0-9-], which need no escaping).
std::string code(std::string_view id) { return fmt::format("`{}`", id); }

void events_table(std::ostream& out, std::string_view title, const std::vector<const model::Event*>& events) {
  if (events.empty()) {
    return;
  }
  table_start(out, title, {"date", "id", "type", "title"});
  for (const auto* event : events) {
    write_markdown_row(out, {event_dates(*event), code(event->id), std::string(model::event_type_name(event->type)),
                             markdown_text(event->title)});
  }
}

void treaties_table(std::ostream& out, std::string_view title, const std::vector<const model::Treaty*>& treaties) {
  if (treaties.empty()) {
    return;
  }
  table_start(out, title, {"id", "name"});
  for (const auto* treaty : treaties) {
    write_markdown_row(out, {code(treaty->id), markdown_text(treaty->name)});
  }
}

// A "####" heading and the table of the changed fields.
void fields_table(std::ostream& out, const std::string& heading, const std::vector<engine::FieldChange>& fields) {
  out << "\n#### " << heading << "\n\n";
  write_markdown_row(out, {"field", "old", "new"});
  write_markdown_row(out, {"---", "---", "---"});
  for (const auto& field : fields) {
    write_markdown_row(
        out, {field.field, markdown_text(value_words(field.old_value)), markdown_text(value_words(field.new_value))});
  }
}

void members_table(std::ostream& out, const engine::TimelineDiff& diff) {
  if (diff.members.empty()) {
    return;
  }
  table_start(out, "Members whose status changed, as of " + day_text(diff.as_of),
              {"treaty", "party", "name", "old", "new"});
  for (const auto& change : diff.members) {
    write_markdown_row(out, {code(change.treaty), change.party, markdown_text(model::party_name(change.party)),
                             markdown_text(standing_words(change.old_status, change.old_since)),
                             markdown_text(standing_words(change.new_status, change.new_since))});
  }
}

} // namespace

void write_diff_markdown(std::ostream& out, const engine::TimelineDiff& diff, const DiffSides& sides) {
  out << "## Changes\n\n";
  out << "- Old: " << markdown_text(sides.old_name) << '\n';
  out << "- New: " << markdown_text(sides.new_name) << '\n';
  if (diff.equal()) {
    out << "\nNo differences.\n";
    return;
  }
  treaties_table(out, "Treaties added", diff.added_treaties);
  treaties_table(out, "Treaties removed", diff.removed_treaties);
  if (!diff.changed_treaties.empty()) {
    out << "\n### Treaties changed\n";
    for (const auto& change : diff.changed_treaties) {
      fields_table(out, fmt::format("{}: {}", code(change.new_treaty->id), markdown_text(change.new_treaty->name)),
                   change.fields);
    }
  }
  events_table(out, "Events added", diff.added);
  events_table(out, "Events removed", diff.removed);
  if (!diff.changed.empty()) {
    out << "\n### Events changed\n";
    for (const auto& change : diff.changed) {
      fields_table(out, fmt::format("{}: {}", code(change.new_event->id), markdown_text(change.new_event->title)),
                   change.fields);
    }
  }
  members_table(out, diff);
}

} // namespace accords::render
