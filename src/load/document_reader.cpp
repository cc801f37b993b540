#include "load/document_reader.hpp"

#include "model/country.hpp"
#include "model/date.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

namespace accords::load {
namespace {

const std::vector<std::string> root_keys{"schema", "treaty", "events"};
const std::vector<std::string> treaty_keys{"id", "name", "summary", "url", "aliases"};
const std::vector<std::string> event_keys{"id",    "date",   "end",   "type",    "parties", "mediators",
                                          "title", "treaty", "place", "sources", "notes",   "tags"};
constexpr int supported_schema = 1;

// The ISO alpha-2 code meant by a common code that ISO 3166-1 does not assign: codes it
// reserves for a country (the United Kingdom's "UK", Greece's "EL") and usual abbreviations
// ("UAE", "KSA"), in any case; "" when `code` is none of them.
std::string_view common_code_country(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> common[] = {
      {"UK", "GB"}, {"EL", "GR"}, {"UAE", "AE"}, {"KSA", "SA"}};
  for (const auto& [written, meant] : common) {
    if (util::iequals(code, written)) {
      return meant;
    }
  }
  return "";
}

// Reads values out of mappings of one file, reporting problems at their place.
class Reader {
public:
  // A reader whose texts are kept in `text`; those written verbatim in `file` (empty when
  // the content may not view the file) are viewed there instead.
  Reader(const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics, model::TextStore& text,
         std::string_view file = {})
      : path_(path), diagnostics_(diagnostics), text_(text), file_(file) {}

  model::Location at(const YamlNode& node) const { return {path_, node.line, node.column}; }

  void error(const YamlNode& node, std::string message) { diagnostics_.error(at(node), std::move(message)); }

  // Reports every key that is neither known nor an `x-` extension.
  void check_keys(const YamlNode& mapping, const std::vector<std::string>& known, std::string_view where) {
    for (const auto& [key, value] : mapping.pairs) {
      if (key.value.rfind("x-", 0) == 0 || std::find(known.begin(), known.end(), key.value) != known.end()) {
        continue;
      }
      if (key.value == "<<") {
        error(key, "YAML merge keys ('<<') are not supported: write the keys out in full");
        continue;
      }
      const auto hint = util::did_you_mean(key.value, known);
      error(key, fmt::format("unknown key '{}' {}{}", key.value, where,
                             hint.empty() ? fmt::format(" (known keys: {})", fmt::join(known, ", ")) : hint));
    }
  }

  // The value of `key` in `mapping`, or nullptr when absent or null (an alias, already
  // reported, is returned: every reader skips it quietly).
  static const YamlNode* find(const YamlNode& mapping, std::string_view key) {
    for (const auto& [k, v] : mapping.pairs) {
      if (k.value == key) {
        return v.kind == YamlNode::Kind::null && !v.reported ? nullptr : &v;
      }
    }
    return nullptr;
  }

  // The value of the required `key`; nullptr (reported) when it is missing or null.
  const YamlNode* required(const YamlNode& mapping, std::string_view key, std::string_view owner) {
    for (const auto& [k, v] : mapping.pairs) {
      if (k.value == key) {
        if (v.kind == YamlNode::Kind::null && !v.reported) {
          error(k, fmt::format("'{}' must not be empty", key));
          return nullptr;
        }
        return &v;
      }
    }
    error(mapping, fmt::format("missing required key '{}' in {}", key, owner));
    return nullptr;
  }

  // A text value, viewing the file's bytes where it is written there verbatim, else
  // `node`; nullopt (reported) when it is not a non-empty scalar. `key` names the value in
  // messages ("'title'", "an item of 'tags'").
  std::optional<std::string_view> text(const YamlNode& node, std::string_view key, bool single_line) {
    if (node.reported) {
      return std::nullopt;
    }
    if (node.kind != YamlNode::Kind::scalar) {
      error(node, fmt::format("{} must be a text, found {}", label(key), node.kind_name()));
      return std::nullopt;
    }
    if (node.value.empty()) {
      error(node, fmt::format("{} must not be empty", label(key)));
      return std::nullopt;
    }
    if (single_line && node.value.find_first_of("\r\n") != std::string::npos) {
      error(node, fmt::format("{} must be one line", label(key)));
      return std::nullopt;
    }
    return written(node);
  }

  // A scalar's text: a view of the file's bytes where it is written there as read, else of
  // `node`.
  std::string_view written(const YamlNode& node) const {
    if (node.offset < file_.size() && file_.compare(node.offset, node.value.size(), node.value) == 0) {
      return file_.substr(node.offset, node.value.size());
    }
    return node.value;
  }

  // `value` for the model: itself when it views the file's bytes, else a copy kept in the
  // file's text store.
  std::string_view keep(std::string_view value) { return text_.copy_unless_in(file_, value); }

  // `value` kept, when there is one.
  std::optional<std::string_view> keep_if(const std::optional<std::string_view>& value) {
    return value ? std::optional<std::string_view>(keep(*value)) : std::nullopt;
  }

  // "'key'" for a key's value, or the label as given when it already names an item.
  static std::string label(std::string_view key) {
    return key.find('\'') == std::string_view::npos ? fmt::format("'{}'", key) : std::string(key);
  }

  // How messages name an item of the list under `key`.
  static std::string item_of(std::string_view key) { return fmt::format("an item of '{}'", key); }

  // The text of an optional key, viewing the node; nullopt when absent or invalid (reported).
  std::optional<std::string_view> optional_text(const YamlNode& mapping, std::string_view key, bool single_line) {
    const auto* node = find(mapping, key);
    return node != nullptr ? text(*node, key, single_line) : std::nullopt;
  }

  // The text of a required key, viewing the node; nullopt (reported) when missing, null or invalid.
  std::optional<std::string_view> required_text(const YamlNode& mapping, std::string_view key, bool single_line,
                                                std::string_view owner) {
    const auto* node = required(mapping, key, owner);
    return node != nullptr ? text(*node, key, single_line) : std::nullopt;
  }

  // A sequence of texts, kept in the text store; empty when absent. `ok` is cleared on any
  // problem.
  std::span<const std::string_view> text_list(const YamlNode& mapping, std::string_view key, bool& ok) {
    const auto* node = find(mapping, key);
    if (node == nullptr) {
      return {};
    }
    if (node->kind != YamlNode::Kind::sequence) {
      if (!node->reported) {
        error(*node, fmt::format("'{}' must be a sequence, found {}", key, node->kind_name()));
      }
      ok = false;
      return {};
    }
    items_.clear();
    for (const auto& item : node->items) {
      if (auto value = text(item, item_of(key), false)) {
        items_.push_back(keep(*value));
      } else {
        ok = false;
      }
    }
    return text_.copy_list(items_);
  }

  // A sequence of ISO alpha-2 codes, each known and listed once, kept in the text store,
  // from `node` (the value of `key`, or nullptr when absent); `ok` is cleared on any problem.
  std::span<const std::string_view> countries(const YamlNode* node, std::string_view key, bool& ok) {
    if (node == nullptr) {
      return {};
    }
    if (node->kind != YamlNode::Kind::sequence) {
      if (!node->reported) {
        error(*node, fmt::format("'{}' must be a sequence of country codes, found {}", key, node->kind_name()));
      }
      ok = false;
      return {};
    }
    items_.clear();
    for (const auto& item : node->items) {
      auto code = text(item, item_of(key), true);
      if (!code) {
        ok = false;
      } else if (model::country_by_alpha2(*code) == nullptr) {
        const auto* meant = model::find_country(*code);
        if (meant == nullptr) {
          meant = model::country_by_alpha2(common_code_country(*code));
        }
        error(item, fmt::format("unknown country code '{}' in '{}'{}", *code, key,
                                meant != nullptr
                                    ? fmt::format(" (did you mean '{}', {}?)", meant->alpha2, meant->display_name())
                                    : std::string(": use ISO 3166-1 alpha-2 codes such as 'IL'")));
        ok = false;
      } else if (std::find(items_.begin(), items_.end(), *code) != items_.end()) {
        error(item, fmt::format("'{}' lists '{}' twice", key, *code));
        ok = false;
      } else {
        items_.push_back(keep(*code));
      }
    }
    return text_.copy_list(items_);
  }

  // A date value; nullopt (reported) when it is not a valid date.
  std::optional<model::PartialDate> date(const YamlNode& node, std::string_view key) {
    auto written = text(node, key, true);
    if (!written) {
      return std::nullopt;
    }
    std::string why;
    auto parsed = model::PartialDate::parse(*written, &why);
    if (!parsed) {
      error(node, fmt::format("invalid {} '{}': {}", key, *written, why));
    }
    return parsed;
  }

  // An id value, viewing the node; nullopt (reported) when it does not match [a-z0-9][a-z0-9-]*.
  std::optional<std::string_view> id(const YamlNode& node, std::string_view owner) {
    auto value = text(node, "id", true);
    if (value && !valid_id(*value)) {
      error(node, fmt::format("invalid {} id '{}': use lower-case letters, digits and '-', starting with a letter "
                              "or digit",
                              owner, *value));
      return std::nullopt;
    }
    return value;
  }

  const std::shared_ptr<const std::string>& path() const { return path_; }

private:
  std::shared_ptr<const std::string> path_;
  Diagnostics& diagnostics_;
  model::TextStore& text_;
  std::string_view file_;               // the file's bytes, when texts may view them
  std::vector<std::string_view> items_; // a list being read, reused
};

void read_schema(Reader& reader, const YamlNode& root) {
  const auto* schema = Reader::find(root, "schema");
  if (schema == nullptr) {
    return;
  }
  if (schema->reported) {
    return;
  }
  if (schema->kind != YamlNode::Kind::scalar) {
    reader.error(*schema, fmt::format("'schema' must be a number, found {}: this version of accords reads schema {}",
                                      schema->kind_name(), supported_schema));
  } else if (schema->value != std::to_string(supported_schema)) {
    reader.error(*schema, fmt::format("unsupported schema '{}': this version of accords reads schema {}", schema->value,
                                      supported_schema));
  }
}

std::optional<model::Treaty> read_treaty(Reader& reader, const YamlNode& node) {
  reader.check_keys(node, treaty_keys, "in treaty");
  model::Treaty treaty;
  treaty.defined_at = reader.at(node);
  bool ok = true;
  const auto* id_node = reader.required(node, "id", "treaty");
  if (id_node == nullptr) {
    ok = false;
  } else if (auto id = reader.id(*id_node, "treaty")) {
    treaty.id = *id;
  } else {
    ok = false;
  }
  if (auto name = reader.required_text(node, "name", false, "treaty")) {
    treaty.name = *name;
  } else {
    ok = false;
  }
  if (const auto summary = reader.optional_text(node, "summary", false)) {
    treaty.summary = std::string(*summary);
  }
  if (const auto url = reader.optional_text(node, "url", false)) {
    treaty.url = std::string(*url);
  }
  const auto aliases = reader.text_list(node, "aliases", ok);
  treaty.aliases.assign(aliases.begin(), aliases.end());
  return ok ? std::optional<model::Treaty>(std::move(treaty)) : std::nullopt;
}

// Reads the event `node` into the end of `content` when it is valid; reports its problems.
void read_event(Reader& reader, const YamlNode& node, FileContent& content) {
  if (node.kind != YamlNode::Kind::mapping) {
    if (!node.reported) {
      reader.error(node, fmt::format("each event must be a mapping, found {}", node.kind_name()));
    }
    return;
  }
  reader.check_keys(node, event_keys, "in event");
  model::Event event;
  model::Location id_at;
  event.defined_at = reader.at(node);
  bool ok = true;

  const auto* id_node = reader.required(node, "id", "event");
  std::optional<std::string_view> id;
  if (id_node != nullptr) {
    id = reader.id(*id_node, "event");
    id_at = reader.at(*id_node);
  }
  ok = ok && id.has_value();
  const std::string owner = id ? fmt::format("event '{}'", *id) : std::string("event");

  bool date_ok = false;
  if (const auto* date_node = reader.required(node, "date", owner)) {
    if (auto date = reader.date(*date_node, "date")) {
      event.date = *date;
      date_ok = true;
    }
  }
  ok = ok && date_ok;
  if (const auto* end_node = Reader::find(node, "end")) {
    event.end = reader.date(*end_node, "end");
    if (!event.end) {
      ok = false;
    } else if (date_ok && event.end->last_day() < event.date.first_day()) {
      reader.error(*end_node, fmt::format("end {} is before date {}", event.end->text(), event.date.text()));
      ok = false;
    }
  }

  if (const auto* type_node = reader.required(node, "type", owner)) {
    if (auto name = reader.text(*type_node, "type", true)) {
      if (auto type = model::parse_event_type(*name)) {
        event.type = *type;
      } else {
        std::vector<std::string> names;
        for (const auto candidate : model::all_event_types()) {
          names.emplace_back(model::event_type_name(candidate));
        }
        const auto hint = util::did_you_mean(*name, names);
        reader.error(*type_node,
                     fmt::format("unknown event type '{}'{}", *name,
                                 hint.empty() ? fmt::format(" (known types: {})", fmt::join(names, ", ")) : hint));
        ok = false;
      }
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }

  const auto* parties_node = reader.required(node, "parties", owner);
  event.parties = reader.countries(parties_node, "parties", ok);
  if (parties_node == nullptr) {
    ok = false;
  } else if (parties_node->kind == YamlNode::Kind::sequence && parties_node->items.empty()) {
    reader.error(*parties_node, "'parties' must list at least one country");
    ok = false;
  }
  event.mediators = reader.countries(Reader::find(node, "mediators"), "mediators", ok);

  const auto title = reader.required_text(node, "title", true, owner);
  ok = ok && title.has_value();
  std::optional<std::string_view> treaty;
  const auto* treaty_node = Reader::find(node, "treaty");
  if (treaty_node != nullptr) {
    treaty = reader.text(*treaty_node, "treaty", true);
    ok = ok && treaty.has_value();
  }
  const auto place = reader.optional_text(node, "place", false);
  const auto notes = reader.optional_text(node, "notes", false);
  event.sources = reader.text_list(node, "sources", ok);
  event.tags = reader.text_list(node, "tags", ok);
  if (!ok) {
    return;
  }
  event.id = reader.keep(*id);
  event.title = reader.keep(*title);
  event.place = reader.keep_if(place);
  event.notes = reader.keep_if(notes);
  std::optional<TreatyRef> treaty_ref;
  if (treaty) {
    treaty_ref = TreatyRef{reader.keep(*treaty), reader.at(*treaty_node)};
  }
  content.add_event(std::move(event), id_at, std::move(treaty_ref));
}

// Reads the document rooted at `root` into `content`: the schema, the treaty and the events
// still in the tree (none when they were handed to read_event as parsed).
void read_root(Reader& reader, const YamlNode& root, FileContent& content) {
  if (root.kind != YamlNode::Kind::mapping) {
    reader.error(root, fmt::format("the document root must be a mapping with 'schema', 'treaty' and 'events', found {}",
                                   root.kind_name()));
    return;
  }
  reader.check_keys(root, root_keys, "at the top level");
  read_schema(reader, root);

  if (const auto* treaty = Reader::find(root, "treaty")) {
    if (treaty->kind == YamlNode::Kind::mapping) {
      content.treaty = read_treaty(reader, *treaty);
      const auto* id = Reader::find(*treaty, "id");
      if (id != nullptr && id->kind == YamlNode::Kind::scalar && valid_id(id->value)) {
        content.default_treaty = TreatyRef{reader.keep(reader.written(*id)), reader.at(*treaty)};
        if (!content.treaty) {
          content.broken_treaty = id->value;
        }
      }
      content.treaty_broken = !content.treaty;
    } else if (treaty->kind == YamlNode::Kind::scalar && !treaty->value.empty()) {
      content.default_treaty = TreatyRef{reader.keep(reader.written(*treaty)), reader.at(*treaty)};
    } else {
      if (treaty->kind == YamlNode::Kind::scalar) {
        reader.error(*treaty, "'treaty' must not be empty");
      } else if (!treaty->reported) {
        reader.error(*treaty,
                     fmt::format("'treaty' must be a treaty mapping or a treaty id, found {}", treaty->kind_name()));
      }
      content.treaty_broken = true;
    }
  }

  if (const auto* events = Reader::find(root, "events")) {
    if (events->kind != YamlNode::Kind::sequence) {
      if (!events->reported) {
        reader.error(*events, fmt::format("'events' must be a sequence of events, found {}", events->kind_name()));
      }
      return;
    }
    for (const auto& item : events->items) {
      read_event(reader, item, content);
    }
  }
}

// read_file, with texts viewing `viewable` (the file's bytes, or empty) where they can, and
// the bytes the parser has passed handed to `release`, if any.
std::optional<FileContent> read_bytes(std::string_view bytes, std::string_view viewable,
                                      const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics,
                                      const Release& release = {}) {
  FileContent content;
  Diagnostics event_problems; // kept apart: dropped with the events when the file has a syntax error
  Reader event_reader(path, event_problems, content.text, viewable);
  const EventSink read_each = [&](YamlNode&& item) { read_event(event_reader, item, content); };
  const auto root = parse_yaml(bytes, path, diagnostics, read_each, release);
  if (!root) {
    return std::nullopt;
  }
  Reader reader(path, diagnostics, content.text, viewable);
  read_root(reader, *root, content);
  diagnostics.append(event_problems);
  return content;
}

} // namespace

void FileContent::add_skipped(std::string_view id, const model::Location& defined_at, const model::Location& id_at,
                              std::optional<TreatyRef>&& treaty_ref) {
  const auto origin = make_origin(id_at, std::move(treaty_ref));
  skipped.push_back({id, static_cast<std::uint32_t>(events.size()), defined_at.line, defined_at.column, origin});
}

void FileContent::leave_out(const model::DayWindow& days) {
  std::deque<model::Event> kept;
  std::deque<EventOrigin> kept_origins;
  std::deque<SkippedEvent> now_skipped;
  std::size_t read = 0;         // events of `events` gone through
  std::size_t skipped_seen = 0; // events of `skipped` gone through
  const auto skipped_before = [&](std::size_t index) {
    for (; skipped_seen < skipped.size() && skipped[skipped_seen].kept_before <= index; ++skipped_seen) {
      now_skipped.push_back(skipped[skipped_seen]);
      now_skipped.back().kept_before = static_cast<std::uint32_t>(kept.size());
    }
  };
  // Each block of `events` is freed as soon as it is gone through.
  for (; !events.empty(); events.pop_front(), origins.pop_front(), ++read) {
    skipped_before(read);
    auto& event = events.front();
    if (days.admits(event.interval())) {
      kept.push_back(std::move(event));
      kept_origins.push_back(origins.front());
    } else {
      now_skipped.push_back({event.id, static_cast<std::uint32_t>(kept.size()), event.defined_at.line,
                             event.defined_at.column, origins.front()});
    }
  }
  skipped_before(read);
  events = std::move(kept);
  origins = std::move(kept_origins);
  skipped = std::move(now_skipped);
}

void FileContent::copy_texts_out(const SourceBytes& bytes) {
  const auto own = [&](ReleaseBehind& behind, std::string_view& value) {
    if (util::lies_in(bytes.view(), value)) {
      behind.passed(value);
      value = text.copy(value);
    }
  };
  const auto own_optional = [&](ReleaseBehind& behind, model::OptionalText& value) {
    if (value) {
      auto present = *value;
      own(behind, present);
      value = present;
    }
  };
  const auto own_list = [&](ReleaseBehind& behind, std::span<const std::string_view> list) {
    // The views of a list are in the text store's blocks (TextStore::copy_list): plain memory
    // the store hands out, never a const object, so they may be written.
    auto* items = const_cast<std::string_view*>(list.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    for (std::size_t index = 0; index < list.size(); ++index) {
      own(behind, items[index]);
    }
  };
  ReleaseBehind events_pass(bytes);
  for (auto& event : events) {
    own(events_pass, event.id);
    own(events_pass, event.title);
    own_optional(events_pass, event.place);
    own_optional(events_pass, event.notes);
    for (const auto list : {event.parties, event.mediators, event.sources, event.tags}) {
      own_list(events_pass, list);
    }
  }
  ReleaseBehind skipped_pass(bytes);
  for (auto& event : skipped) {
    own(skipped_pass, event.id);
  }
  ReleaseBehind references_pass(bytes);
  for (auto& reference : treaty_refs) {
    own(references_pass, reference.id);
  }
  if (default_treaty) {
    own(references_pass, default_treaty->id);
  }
  bytes.release(bytes);
}

bool valid_id(std::string_view id) {
  const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  return !id.empty() && allowed(id.front()) &&
         std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

std::optional<FileContent> read_file(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                                     Diagnostics& diagnostics) {
  return read_bytes(bytes, {}, path, diagnostics);
}

std::optional<FileContent> read_shared_file(const SourceBytes& bytes, const std::shared_ptr<const std::string>& path,
                                            Diagnostics& diagnostics) {
  Release release;
  if (bytes.mapped()) {
    release = [&bytes](std::string_view part) { bytes.release(part); };
  }
  auto content = read_bytes(bytes, bytes, path, diagnostics, release);
  bytes.release(bytes);
  if (content && bytes.owner()) {
    content->text.keep(bytes.owner());
  }
  return content;
}

FileContent read_document(const YamlNode& root, const std::shared_ptr<const std::string>& path,
                          Diagnostics& diagnostics) {
  FileContent content;
  Reader reader(path, diagnostics, content.text);
  read_root(reader, root, content);
  return content;
}

} // namespace accords::load
