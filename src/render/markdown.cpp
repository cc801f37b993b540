#include "render/markdown.hpp"

#include "render/markdown_escape.hpp"

namespace accords::render {

void write_markdown(std::ostream& out, const EventList& events, const std::vector<Field>& fields, bool header) {
  if (header) {
    std::vector<std::string> names;
    std::vector<std::string> rule;
    for (const auto field : fields) {
      names.emplace_back(field_name(field));
      rule.emplace_back("---");
    }
    write_markdown_row(out, names);
    write_markdown_row(out, rule);
  }
  for (const auto* event : events) {
    std::vector<std::string> cells;
    for (const auto field : fields) {
      cells.push_back(markdown_text(field_value(*event, field, ListCell::display)));
    }
    write_markdown_row(out, cells);
    if (!out) {
      return;
    }
  }
}

} // namespace accords::render
