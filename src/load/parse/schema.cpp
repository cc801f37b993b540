#include "load/parse/schema.hpp"

#include "load/event_fields.hpp"
#include "load/parse/yaml_tree.hpp"
#include "load/party_codes.hpp"
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
  static const std::vector<std::string> keys{"schema", "treaty", "entities", "events"};
  return keys;
}
constexpr int latest_schema = 2;

// What a file writes that needs `schema: 2`, with where it is written.
struct SchemaTwoUse {
  model::Location where;
  std::string what; // e.g. "event type 'acceptance'"
};

// A code that only an entity can make valid, as read (the tree's nodes go as soon as each
// event is read).
struct NotedCode {
  std::string code;
  std::string_view key; // a field's key, static
  int line = 0;
  int column = 0;
  std::uint32_t event = CodeUse::no_event; // the event's place in FileContent::heads
};

// What reading a file notes besides its diagnostics.
struct ReadNotes {
  std::vector<SchemaTwoUse> schema_two_uses; // in the order read
  std::vector<NotedCode> entity_codes;       // in the order read
};

// Reads values out of mappings of one file, reporting problems at their place. Texts view
// the tree's nodes.
class Reader {
public:
  Reader(std::shared_ptr<const std::string> path, Diagnostics& diagnostics, ReadNotes& notes)
      : path_(std::move(path)), diagnostics_(diagnostics), notes_(notes) {}

  [[nodiscard]] model::Location at(const YamlNode& node) const { return {path_, node.line, node.column}; }

  void error(const YamlNode& node, std::string message) { diagnostics_.error(at(node), std::move(message)); }

  // How many codes have been noted so far.
  [[nodiscard]] std::size_t noted_codes() const { return notes_.entity_codes.size(); }
  // Notes that the codes noted from the `first`th on are written in the event `event`.
  void codes_belong_to(std::size_t first, std::uint32_t event) {
    for (auto index = first; index < notes_.entity_codes.size(); ++index) {
      notes_.entity_codes[index].event = event;
    }
  }

  // Notes that `node` writes `what`, which needs `schema: 2`.
  void needs_schema_two(const YamlNode& node, std::string what) {
    notes_.schema_two_uses.push_back({at(node), std::move(what)});
  }

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

  // The party code `code` written at `item` under `key`: true when it is an ISO alpha-2 code
  // or may be an entity's (noted, for the checks across files); else false, reported.
  bool country(const YamlNode& item, std::string_view key, std::string_view code) {
    if (model::country_by_alpha2(code) != nullptr) {
      return true;
    }
    if (may_be_entity_code(code)) {
      notes_.entity_codes.push_back({std::string(code), key, item.line, item.column});
      return true;
    }
    error(item, unknown_code_message(code, key));
    return false;
  }

  // A sequence of party codes, each listed once, from `node`, the value of `key`, into
  // `codes`; at least one when `required`. False (reported) on any problem.
  bool countries(const YamlNode& node, std::string_view key, bool required, std::vector<std::string_view>& codes) {
    if (!sequence(node, key, "a sequence of country codes")) {
      return false;
    }
    bool ok = true;
    for (const auto& item : node.items) {
      auto code = text(item, item_of(key), true);
      if (!code || !country(item, key, *code)) {
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
  ReadNotes& notes_;
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
    const bool need = required(field);
    const auto* node = need ? reader_.required(mapping_, field.key, owner()) : Reader::find(mapping_, field.key);
    if (node == nullptr) {
      ok_ = ok_ && !need;
      return;
    }
    if (!read(field, *node, value)) {
      ok_ = false;
    }
  }

private:
  // Whether the mapping must give `field`: parties may be left out of a treaty's own entry
  // into force (the type is read before them).
  [[nodiscard]] bool required(const Field& field) const {
    return field.need == Need::required ||
           (field.need == Need::required_but_treaty_wide && type_ != model::EventType::entry_into_force);
  }

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
    auto read = text(field, node);
    if (read && field.rule == Rule::country_code && !reader_.country(node, field.key, *read)) {
      read.reset();
    }
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
    const bool ok = field.rule == Rule::country_codes ? reader_.countries(node, field.key, required(field), items)
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
      type_ = *type;
      return true;
    }
    const auto& names = model::event_type_names();
    reader_.error(
        node, util::unknown_name({.kind = "event type", .word = *name}, names, util::name_list("known types", names)));
    return false;
  }

  bool read(const Field& field, const YamlNode& node, model::JoinedBy& value) {
    const auto name = text(field, node);
    if (!name) {
      return false;
    }
    for (const auto joined_by : {model::JoinedBy::signature, model::JoinedBy::consent}) {
      if (*name == model::joined_by_name(joined_by)) {
        value = joined_by;
        return true;
      }
    }
    const std::vector<std::string> names{"signature", "consent"};
    reader_.error(node, util::unknown_name({.kind = "value", .word = *name, .context = " for 'joined-by'"}, names,
                                           util::name_list("known values", names)));
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
  std::optional<model::EventType> type_;   // the type read, if any, for fields that depend on it
};

// The schema the file declares: 1 when it declares none, 0 when its `schema` is wrong (reported).
int read_schema(Reader& reader, const YamlNode& root) {
  const auto* schema = Reader::find(root, "schema");
  if (schema == nullptr) {
    return 1;
  }
  if (schema->reported) {
    return 0;
  }
  if (schema->kind != YamlNode::Kind::scalar) {
    reader.error(*schema,
                 fmt::format("'schema' must be a number, found {}: this version of accords reads schemas 1 and {}",
                             schema->kind_name(), latest_schema));
    return 0;
  }
  for (int known = 1; known <= latest_schema; ++known) {
    if (schema->value == std::to_string(known)) {
      return known;
    }
  }
  reader.error(*schema, fmt::format("unsupported schema '{}': this version of accords reads schemas 1 and {}",
                                    schema->value, latest_schema));
  return 0;
}

// The types of schema 2.
bool schema_two_type(model::EventType type) {
  using model::EventType;
  return type == EventType::acceptance || type == EventType::approval || type == EventType::withdrawal_notice ||
         type == EventType::rejection || type == EventType::succession;
}

// Checks what an event's type asks of its other fields (`effective`, `from`, `parties`) and
// notes what needs schema 2; false (reported) on a problem.
bool check_event_rules(Reader& reader, const YamlNode& node, const model::Event& event) {
  using model::EventType;
  const auto type_name = model::event_type_name(event.type);
  const auto* effective = Reader::find(node, "effective");
  const auto* from = Reader::find(node, "from");
  bool ok = true;
  if (schema_two_type(event.type)) {
    reader.needs_schema_two(*Reader::find(node, "type"), fmt::format("event type '{}'", type_name));
  }
  if (effective != nullptr) {
    reader.needs_schema_two(*effective, "'effective'");
    if (!model::expresses_consent(event.type) && event.type != EventType::withdrawal_notice) {
      reader.error(*effective, fmt::format("'effective' is for ratification, acceptance, approval, accession and "
                                           "withdrawal-notice events, not {}",
                                           type_name));
      ok = false;
    }
  } else if (event.type == EventType::withdrawal_notice) {
    reader.error(node, fmt::format("missing required key 'effective' in withdrawal-notice event '{}': the day the "
                                   "withdrawal takes effect",
                                   event.id));
    ok = false;
  }
  if (from != nullptr) {
    reader.needs_schema_two(*from, "'from'");
    if (event.type != EventType::succession) {
      reader.error(*from, fmt::format("'from' is for succession events, not {}", type_name));
      ok = false;
    } else if (std::find(event.parties.begin(), event.parties.end(), event.from) != event.parties.end()) {
      reader.error(*from, fmt::format("'from' names '{}', a party of the succession: a state does not succeed itself",
                                      event.from));
      ok = false;
    }
  } else if (event.type == EventType::succession) {
    reader.error(node,
                 fmt::format("missing required key 'from' in succession event '{}': the predecessor's code", event.id));
    ok = false;
  }
  if (event.type == EventType::entry_into_force && event.parties.empty()) {
    const auto* parties = Reader::find(node, "parties");
    reader.needs_schema_two(parties != nullptr ? *parties : node, "an entry-into-force without parties");
  }
  return ok;
}

// The treaty `node` defines in a file of `schema`; nullopt when it has a problem (reported).
std::optional<model::Treaty> read_treaty(Reader& reader, const YamlNode& node, int schema, ListScratch& lists) {
  reader.check_keys(node, treaty_keys(), "in treaty");
  model::Treaty treaty;
  treaty.defined_at = reader.at(node);
  lists.reset();
  FieldReader fields(reader, node, "treaty", false, lists);
  visit_treaty_fields(treaty, fields);
  if (const auto* joined_by = Reader::find(node, "joined-by")) {
    reader.needs_schema_two(*joined_by, "'joined-by'");
  } else if (schema >= 2) {
    treaty.joined_by = model::JoinedBy::consent;
  }
  return fields.ok() ? std::optional<model::Treaty>(std::move(treaty)) : std::nullopt;
}

// Reads the `entities` of a file into `content`: valid ones only, the others reported.
void read_entities(Reader& reader, const YamlNode& node, FileContent& content, ListScratch& lists) {
  reader.needs_schema_two(node, "'entities'");
  if (!reader.sequence(node, "entities", "a sequence of entities")) {
    return;
  }
  for (const auto& item : node.items) {
    if (item.kind != YamlNode::Kind::mapping) {
      if (!item.reported) {
        reader.error(item, fmt::format("each entity must be a mapping, found {}", item.kind_name()));
      }
      continue;
    }
    reader.check_keys(item, entity_keys(), "in entity");
    model::Entity entity;
    entity.defined_at = reader.at(item);
    lists.reset();
    FieldReader fields(reader, item, "entity", false, lists);
    visit_entity_fields(entity, fields);
    if (!fields.ok()) {
      continue;
    }
    if (const auto problem = entity_code_problem(entity.code); !problem.empty()) {
      reader.error(fields.node_of("code"), problem);
      continue;
    }
    const auto same = std::find_if(content.entities.begin(), content.entities.end(),
                                   [&](const model::Entity& other) { return other.code == entity.code; });
    if (same != content.entities.end()) {
      reader.error(fields.node_of("code"), fmt::format("entity '{}' is defined twice in this file (first at line {})",
                                                       entity.code, same->defined_at.line));
      continue;
    }
    content.entities.push_back(std::move(entity));
  }
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
  const auto first_code = reader.noted_codes();
  FieldReader fields(reader, node, "event", true, lists);
  visit_event_fields(event, fields);
  if (!fields.ok() || !check_event_rules(reader, node, event)) {
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
  reader.codes_belong_to(first_code, static_cast<std::uint32_t>(content.heads.size()));
  content.add_event(std::move(event), head);
}

// Reads the document rooted at `root` into `content`: the schema, the entities and the treaty
// (the events were read as they were parsed). Gives the file's schema (0 when it is wrong).
int read_root(Reader& reader, const YamlNode& root, FileContent& content, ListScratch& lists) {
  if (root.kind != YamlNode::Kind::mapping) {
    reader.error(root, fmt::format("the document root must be a mapping with 'schema', 'treaty' and 'events', found {}",
                                   root.kind_name()));
    return 0;
  }
  reader.check_keys(root, root_keys(), "at the top level");
  const auto schema = read_schema(reader, root);

  if (const auto* entities = Reader::find(root, "entities")) {
    read_entities(reader, *entities, content, lists);
  }
  if (const auto* treaty = Reader::find(root, "treaty")) {
    if (treaty->kind == YamlNode::Kind::mapping) {
      content.treaty = read_treaty(reader, *treaty, schema, lists);
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
  return schema;
}

// Reports each use of schema 2 in a file of schema 1 (a wrong `schema` is reported already).
void check_schema_two_uses(int schema, const ReadNotes& notes, Diagnostics& diagnostics) {
  if (schema != 1) {
    return;
  }
  for (const auto& use : notes.schema_two_uses) {
    diagnostics.error(use.where, fmt::format("{} needs 'schema: 2' at the top of the file", use.what));
  }
}

// Puts the items parse_yaml handed to the sink back into `root`'s first `events` sequence.
void put_back_events(YamlNode& root, std::vector<YamlNode>&& items) {
  if (items.empty() || root.kind != YamlNode::Kind::mapping) {
    return;
  }
  for (auto& [key, value] : root.pairs) {
    if (key.value == "events" && value.kind == YamlNode::Kind::sequence) {
      value.items = std::move(items);
      return;
    }
  }
}

} // namespace

bool valid_id(std::string_view id) {
  const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  return !id.empty() && allowed(id.front()) &&
         std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

std::optional<FileContent> parse_file(const SourceBytes& bytes, const std::shared_ptr<const std::string>& path,
                                      Diagnostics& diagnostics, std::optional<YamlNode>* whole_tree) {
  FileContent content;
  ListScratch lists;
  Diagnostics event_problems; // kept apart: dropped with the events when the file has a syntax error
  ReadNotes notes;
  Reader event_reader(path, event_problems, notes);
  std::vector<YamlNode> event_trees; // kept for whole_tree
  const EventSink read_each = [&](YamlNode&& item) {
    read_event(event_reader, item, content, lists);
    if (whole_tree != nullptr) {
      event_trees.push_back(std::move(item));
    }
  };
  auto root = parse_yaml(bytes, path, diagnostics, read_each);
  bytes.release(bytes.view());
  if (!root) {
    return std::nullopt;
  }
  Reader reader(path, diagnostics, notes);
  const auto schema = read_root(reader, *root, content, lists);
  if (whole_tree != nullptr) {
    put_back_events(*root, std::move(event_trees));
    *whole_tree = std::move(root);
  }
  check_schema_two_uses(schema, notes, diagnostics);
  diagnostics.append(event_problems);
  for (const auto& use : notes.entity_codes) {
    content.entity_codes.push_back(
        {content.text.copy(use.code), content.text.copy(use.key), use.line, use.column, use.event});
  }
  return content;
}

} // namespace accords::load
