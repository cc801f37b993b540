#include "edit/format_file.hpp"

#include "edit/canonical_yaml.hpp"
#include "edit/comment_owners.hpp"
#include "edit/file_fields.hpp"
#include "edit/same_data.hpp"
#include "edit/yaml_comments.hpp"
#include "engine/timeline.hpp"
#include "load/parse/byte_checks.hpp"
#include "load/parse/yaml_tree.hpp"
#include "load/parse_sources.hpp"

#include <algorithm>
#include <numeric>

namespace accords::edit {
namespace {

// The indexes of the events of `content` in timeline order.
std::vector<std::size_t> timeline_order(const load::FileContent& content) {
  std::vector<model::Event> events(content.events.begin(), content.events.end());
  const std::string_view file_treaty = content.default_treaty ? content.default_treaty->id : std::string_view();
  for (auto& event : events) {
    if (event.treaty.empty()) {
      event.treaty = file_treaty;
    }
  }
  std::vector<std::size_t> order(events.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return engine::timeline_before(events[a], events[b]); });
  return order;
}

// Every field of the file, its events in any order when `any_event_order`.
FileFields held(const load::FileContent& content, bool any_event_order) {
  auto fields = file_fields(content);
  if (any_event_order) {
    std::sort(fields.events.begin(), fields.events.end());
  }
  return fields;
}

} // namespace

Formatted format_file(const load::Source& source, bool sort) {
  Formatted formatted;
  std::optional<load::YamlNode> root;
  auto reading = load::parse_source_with_tree(source, root);
  formatted.diagnostics = std::move(reading.diagnostics);
  if (formatted.diagnostics.error_count() > 0 || !reading.content) {
    return formatted;
  }
  const auto bytes = source.bytes.view();
  const auto comments = root ? find_comments(bytes, *root) : std::nullopt;
  if (!root || !comments) {
    formatted.refusal = "its comments cannot be told apart from its text with certainty (a quote inside text on "
                        "several lines?); it was left as it is";
    return formatted;
  }
  const auto order = sort ? timeline_order(*reading.content) : std::vector<std::size_t>();
  const auto owners = comment_owners(*root, *comments);
  auto text = canonical_yaml(*root, *comments, owners, order);
  if (const auto mark = load::bom_length(bytes); mark > 0 && load::bom_length(text) == 0) {
    text.insert(0, bytes.substr(0, mark)); // the byte order mark kept, as add keeps it
  }
  // What the read-back must find, taken before the tree and the content are let go, so that
  // memory never holds two trees.
  const auto fields = held(*reading.content, sort);
  const auto print = data_print(*root, order);
  const auto places = comment_places(*root, *comments, owners, order);
  reading.content.reset();
  root.reset();

  // Read back: the same things, the same data for any YAML reader, every comment with its owner.
  const load::Source again{source.name, load::SourceBytes(text), false};
  std::optional<load::YamlNode> new_root;
  auto reread = load::parse_source_with_tree(again, new_root);
  const auto new_comments = new_root ? find_comments(text, *new_root) : std::nullopt;
  const bool same = reread.diagnostics.error_count() == 0 && reread.content && held(*reread.content, sort) == fields &&
                    new_root && data_print(*new_root) == print && new_comments &&
                    comment_places(*new_root, *new_comments, comment_owners(*new_root, *new_comments)) == places;
  if (!same) {
    formatted.refusal = "its canonical layout would not hold exactly what it holds (a fault of accords: please "
                        "report it with the file); it was left as it is";
    return formatted;
  }
  formatted.text = std::move(text);
  return formatted;
}

} // namespace accords::edit
