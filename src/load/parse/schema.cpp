#include "load/parse/schema.hpp"

#include "load/event_fields.hpp"
#include "load/parse/yaml_tree.hpp"
#include "model/country.hpp"
#include "model/date.hpp"
#include "util/spell.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace accords::load {
namespace {

// The keys of a document's root mapping.
const std::vector<std::string>& root_keys() {
  static const std::vector<std::string> keys{"schema", "treaty", "events"};
  return keys;
}
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

// Reads values out of mappings of one file, reporting problems at their place. Texts view
// the tree's nodes.
class Reader {
public:
  Reader(std::shared_ptr<const std::string> path, Diagnostics& diagnostics)
      : path_(std::move(path)), diagnostics_(diagnostics) {}

  [[nodiscard]] model::Location at(const YamlNode& node) const { return {path_, node.line, node.column}; }

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
      const auto context = fmt::format(" {}", where);
      error(key, util::unknown_name({.kind = "key", .word = key.value, .context = context}, known,
                                    util::name_list("known keys", known)));
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

  // A text value; nullopt (reported) when it is not a non-empty scalar. `key` names the
  // value in messages ("title", "an item of 'tags'").
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
    return node.value;
  }

  // True when `node`, the value of `key`, is a sequence; else false, reported as "'KEY' must
  // be WHAT, found ..." unless it already was.
  bool sequence(const YamlNode& node, std::string_view key, std::string_view what) {
    if (node.kind == YamlNode::Kind::sequence) {
      return true;
    }
    if (!node.reported) {
      error(node, fmt::format("'{}' must be {}, found {}", key, what, node.kind_name()));
    }
    return false;
  }

  // A sequence of texts from `node`, the value of `key`, into `items`; false (reported) on
  // any problem.
  bool texts(const YamlNode& node, std::string_view key, std::vector<std::string_view>& items) {
    if (!sequence(node, key, "a sequence")) {
      return false;
    }
    bool ok = true;
    for (const auto& item : node.items) {
      if (auto value = text(item, item_of(key), false)) {
        items.push_back(*value);
      } else {
        ok = false;
      }
    }
    return ok;
  }

  // A sequence of ISO alpha-2 codes, each known and listed once, from `node`, the value of
  // `key`, into `codes`; at least one when `required`. False (reported) on any problem.
  bool countries(const YamlNode& node, std::string_view key, bool required, std::vector<std::string_view>& codes) {
    if (!sequence(node, key, "a sequence of country codes")) {
      return false;
    }
    bool ok = true;
    for (const auto& item : node.items) {
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
      } else if (std::find(codes.begin(), codes.end(), *code) != codes.end()) {
        error(item, fmt::format("'{}' lists '{}' twice", key, *code));
        ok = false;
      } else {
        codes.push_back(*code);
      }
    }
    if (required && node.items.empty()) {
      error(node, fmt::format("'{}' must list at least one country", key));
      ok = false;
    }
    return ok;
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

private:
  // "'key'" for a key's value, or the label as given when it already names an item.
  static std::string label(std::string_view key) {
    return key.find('\'') == std::string_view::npos ? fmt::format("'{}'", key) : std::string(key);
  }

  // How messages name an item of the list under `key`.
  static std::string item_of(std::string_view key) { return fmt::format("an item of '{}'", key); }

  std::shared_ptr<const std::string> path_;
  Diagnostics& diagnostics_;
};

// Reads the fields of one mapping (an event or a treaty) as visit_event_fields and
// visit_treaty_fields list them, each by its member's type and its field's rule. Texts and
// lists view the tree (lists in `lists`) until the caller copies them.
class FieldReader {
public:
  // `what` names the mapping in messages ("event", "treaty"); with `named_by_id`, "missing
  // required key" messages name it by its id once that is read ("event 'ID'").
  FieldReader(Reader& reader, const YamlNode& mapping, std::string_view what, bool named_by_id, ListScratch& lists)
      : reader_(reader), mapping_(mapping), what_(what), named_by_id_(named_by_id), lists_(lists) {}

  // True when every field was read without a problem.
  [[nodiscard]] bool ok() const { return ok_; }
  // The node `key` is written at, or the mapping when it is not written.
  [[nodiscard]] const YamlNode& node_of(std::string_view key) const {
    const auto* node = Reader::find(mapping_, key);
    return node != nullptr ? *node : mapping_;
  }

  template <typename Member> void operator()(const Field& field, Member& value) {
    const auto* node = field.need == Need::required ? reader_.required(mapping_, field.key, owner())
                                                    : Reader::find(mapping_, field.key);
    if (node == nullptr) {
      ok_ = ok_ && field.need == Need::optional;
      return;
    }
    if (!read(field, *node, value)) {
      ok_ = false;
    }
  }

private:
  // The mapping in "missing required key" messages.
  [[nodiscard]] std::string owner() const {
    return !named_by_id_ || id_.empty() ? std::string(what_) : fmt::format("{} '{}'", what_, id_);
  }

  // A text, checked as `field.rule` says.
  std::optional<std::string_view> text(const Field& field, const YamlNode& node) {
    const auto value = reader_.text(node, field.key, field.rule != Rule::text);
    if (value && field.rule == Rule::id) {
      if (!valid_id(*value)) {
        reader_.error(node, fmt::format("invalid {} id '{}': use lower-case letters, digits and '-', starting "
                                        "with a letter or digit",
                                        what_, *value));
        return std::nullopt;
      }
      id_ = *value;
    }
    return value;
  }

  bool read(const Field& field, const YamlNode& node, std::string_view& value) {
    const auto read = text(field, node);
    value = read.value_or(std::string_view());
    return read.has_value();
  }
  // An optional free text with a problem is reported and left out; the rest is kept.
  bool read(const Field& field, const YamlNode& node, model::OptionalText& value) {
    value = text(field, node);
    return true;
  }
  bool read(const Field& field, const YamlNode& node, std::string& value) {
    const auto read = text(field, node);
    value = read.value_or(std::string_view());
    return read.has_value();
  }
  // The same for a treaty's.
  bool read(const Field& field, const YamlNode& node, std::optional<std::string>& value) {
    if (const auto read = text(field, node)) {
      value = std::string(*read);
    }
    return true;
  }
  bool read(const Field& field, const YamlNode& node, std::span<const std::string_view>& value) {
    auto& items = lists_.next();
    const bool ok = field.rule == Rule::country_codes
                        ? reader_.countries(node, field.key, field.need == Need::required, items)
                        : reader_.texts(node, field.key, items);
    value = items;
    return ok;
  }
  bool read(const Field& field, const YamlNode& node, std::vector<std::string>& value) {
    auto& items = lists_.next();
    const bool ok = reader_.texts(node, field.key, items);
    value.assign(items.begin(), items.end());
    return ok;
  }
  bool read(const Field& field, const YamlNode& node, model::PartialDate& value) {
    const auto date = reader_.date(node, field.key);
    if (date) {
      value = *date;
      date_ = *date;
    }
    return date.has_value();
  }
  bool read(const Field& field, const YamlNode& node, std::optional<model::PartialDate>& value) {
    value = reader_.date(node, field.key);
    if (!value) {
      return false;
    }
    if (field.rule == Rule::not_before_date && date_ && value->last_day() < date_->first_day()) {
      reader_.error(node, fmt::format("{} {} is before date {}", field.key, value->text(), date_->text()));
      return false;
    }
    return true;
  }
  bool read(const Field& field, const YamlNode& node, model::EventType& value) {
    const auto name = text(field, node);
    if (!name) {
      return false;
    }
    if (const auto type = model::parse_event_type(*name)) {
      value = *type;
      return true;
    }
    const auto& names = model::event_type_names();
    reader_.error(
        node, util::unknown_name({.kind = "event type", .word = *name}, names, util::name_list("known types", names)));
    return false;
  }

  Reader& reader_;
  const YamlNode& mapping_;
  std::string_view what_;
  bool named_by_id_;
  ListScratch& lists_;
  bool ok_ = true;
  std::string_view id_;                    // the valid id read, if any
  std::optional<model::PartialDate> date_; // the date read, if any, for fields not before it
};

void read_schema(Reader& reader, const YamlNode& root) {
  const auto* schema = Reader::find(root, "schema");
  if (schema == nullptr || schema->reported) {
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

std::optional<model::Treaty> read_treaty(Reader& reader, const YamlNode& node, ListScratch& lists) {
  reader.check_keys(node, treaty_keys(), "in treaty");
  model::Treaty treaty;
  treaty.defined_at = reader.at(node);
  lists.reset();
  FieldReader fields(reader, node, "treaty", false, lists);
  visit_treaty_fields(treaty, fields);
  return fields.ok() ? std::optional<model::Treaty>(std::move(treaty)) : std::nullopt;
}

// Reads the event `node` into the end of `content` when it is valid, its texts copied into
// the content's store; reports its problems.
void read_event(Reader& reader, const YamlNode& node, FileContent& content, ListScratch& lists) {
  if (node.kind != YamlNode::Kind::mapping) {
    if (!node.reported) {
      reader.error(node, fmt::format("each event must be a mapping, found {}", node.kind_name()));
    }
    return;
  }
  reader.check_keys(node, event_keys(), "in event");
  model::Event event;
  event.defined_at = reader.at(node);
  lists.reset();
  FieldReader fields(reader, node, "event", true, lists);
  visit_event_fields(event, fields);
  if (!fields.ok()) {
    return;
  }
  copy_event_texts(event, content.text);
  const auto& id = fields.node_of("id");
  EventHead head{event.id, event.treaty, node.line, node.column, id.line, id.column};
  if (!event.treaty.empty()) {
    const auto& treaty = fields.node_of("treaty");
    head.treaty_line = treaty.line;
    head.treaty_column = treaty.column;
  }
  content.add_event(std::move(event), head);
}

// Reads the document rooted at `root` into `content`: the schema and the treaty (the events
// were read as they were parsed).
void read_root(Reader& reader, const YamlNode& root, FileContent& content, ListScratch& lists) {
  if (root.kind != YamlNode::Kind::mapping) {
    reader.error(root, fmt::format("the document root must be a mapping with 'schema', 'treaty' and 'events', found {}",
                                   root.kind_name()));
    return;
  }
  reader.check_keys(root, root_keys(), "at the top level");
  read_schema(reader, root);

  if (const auto* treaty = Reader::find(root, "treaty")) {
    if (treaty->kind == YamlNode::Kind::mapping) {
      content.treaty = read_treaty(reader, *treaty, lists);
      const auto* id = Reader::find(*treaty, "id");
      if (id != nullptr && id->kind == YamlNode::Kind::scalar && valid_id(id->value)) {
        content.default_treaty = TreatyRef{content.text.copy(id->value), reader.at(*treaty)};
        if (!content.treaty) {
          content.broken_treaty = id->value;
        }
      }
      content.treaty_broken = !content.treaty;
    } else if (treaty->kind == YamlNode::Kind::scalar && !treaty->value.empty()) {
      content.default_treaty = TreatyRef{content.text.copy(treaty->value), reader.at(*treaty)};
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

  const auto* events = Reader::find(root, "events");
  if (events != nullptr && events->kind != YamlNode::Kind::sequence && !events->reported) {
    reader.error(*events, fmt::format("'events' must be a sequence of events, found {}", events->kind_name()));
  }
}

} // namespace

bool valid_id(std::string_view id) {
  const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  return !id.empty() && allowed(id.front()) &&
         std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

std::optional<FileContent> parse_file(const SourceBytes& bytes, const std::shared_ptr<const std::string>& path,
                                      Diagnostics& diagnostics) {
  FileContent content;
  ListScratch lists;
  Diagnostics event_problems; // kept apart: dropped with the events when the file has a syntax error
  Reader event_reader(path, event_problems);
  const EventSink read_each = [&](YamlNode&& item) { read_event(event_reader, item, content, lists); };
  const auto root = parse_yaml(bytes, path, diagnostics, read_each);
  bytes.release(bytes.view());
  if (!root) {
    return std::nullopt;
  }
  Reader reader(path, diagnostics);
  read_root(reader, *root, content, lists);
  diagnostics.append(event_problems);
  return content;
}

} // namespace accords::load
