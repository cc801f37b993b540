#include "load/cache/file_codec.hpp"

#include "load/cache/bytes.hpp"
#include "load/event_fields.hpp"
#include "model/event_type.hpp"

#include <algorithm>
#include <span>

namespace accords::load {
namespace {

// Writes each field of an event or a treaty by its type.
class FieldWriter {
public:
  explicit FieldWriter(ByteWriter& out) : out_(out) {}

  void operator()(const Field& /*field*/, std::string_view text) const { out_.text(text); }
  void operator()(const Field& /*field*/, const model::OptionalText& text) const { optional(text); }
  void operator()(const Field& /*field*/, std::span<const std::string_view> texts) const { list(texts); }
  void operator()(const Field& /*field*/, const model::PartialDate& date) const { out_.text(date.text()); }
  void operator()(const Field& /*field*/, const std::optional<model::PartialDate>& date) const {
    out_.flag(date.has_value());
    if (date) {
      out_.text(date->text());
    }
  }
  void operator()(const Field& /*field*/, model::EventType type) const { out_.byte(static_cast<std::uint8_t>(type)); }
  void operator()(const Field& /*field*/, model::JoinedBy joined_by) const {
    out_.byte(static_cast<std::uint8_t>(joined_by));
  }
  void operator()(const Field& /*field*/, const std::string& text) const { out_.text(text); }
  void operator()(const Field& /*field*/, const std::optional<std::string>& text) const { optional(text); }
  void operator()(const Field& /*field*/, const std::vector<std::string>& texts) const { list(texts); }

private:
  template <typename Optional> void optional(const Optional& text) const {
    out_.flag(text.has_value());
    if (text) {
      out_.text(*text);
    }
  }
  template <typename Texts> void list(const Texts& texts) const {
    out_.number(texts.size());
    for (const auto& text : texts) {
      out_.text(text);
    }
  }

  ByteWriter& out_;
};

// Reads each field of an event or a treaty by its type, as FieldWriter wrote it. An event's
// texts view the input and its lists are in `lists` until the caller copies them.
class FieldReader {
public:
  FieldReader(ByteReader& in, ListScratch& lists) : in_(in), lists_(lists) {}

  void operator()(const Field& /*field*/, std::string_view& text) const { text = in_.text(); }
  void operator()(const Field& /*field*/, model::OptionalText& text) const {
    text = in_.flag() ? model::OptionalText(in_.text()) : model::OptionalText();
  }
  void operator()(const Field& /*field*/, std::span<const std::string_view>& texts) const {
    auto& items = lists_.next();
    items.resize(in_.count(1));
    for (auto& item : items) {
      item = in_.text();
    }
    texts = items;
  }
  void operator()(const Field& /*field*/, model::PartialDate& date) const { date = read_date(); }
  void operator()(const Field& /*field*/, std::optional<model::PartialDate>& date) const {
    date = in_.flag() ? std::optional(read_date()) : std::nullopt;
  }
  void operator()(const Field& /*field*/, model::EventType& type) const {
    const auto number = in_.byte();
    if (number >= model::all_event_types().size()) {
      in_.fail();
      return;
    }
    type = static_cast<model::EventType>(number);
  }
  void operator()(const Field& /*field*/, model::JoinedBy& joined_by) const {
    const auto number = in_.byte();
    if (number > static_cast<std::uint8_t>(model::JoinedBy::consent)) {
      in_.fail();
      return;
    }
    joined_by = static_cast<model::JoinedBy>(number);
  }
  void operator()(const Field& /*field*/, std::string& text) const { text = in_.text(); }
  void operator()(const Field& /*field*/, std::optional<std::string>& text) const {
    text = in_.flag() ? std::optional<std::string>(in_.text()) : std::nullopt;
  }
  void operator()(const Field& /*field*/, std::vector<std::string>& texts) const {
    texts.resize(in_.count(1));
    for (auto& text : texts) {
      text = in_.text();
    }
  }

private:
  [[nodiscard]] model::PartialDate read_date() const {
    const auto parsed = model::PartialDate::parse(in_.text());
    if (!parsed) {
      in_.fail();
      return {};
    }
    return *parsed;
  }

  ByteReader& in_;
  ListScratch& lists_;
};

// The fewest bytes an event record takes (a byte for each field), a treaty record, an
// entity record and an entity code.
constexpr std::size_t min_event_bytes = 14;
constexpr std::size_t min_treaty_bytes = 8;
constexpr std::size_t min_entity_bytes = 5;
constexpr std::size_t min_code_bytes = 5;

void write_position(ByteWriter& out, int line, int column) {
  out.number(static_cast<std::uint32_t>(line));
  out.number(static_cast<std::uint32_t>(column));
}

void write_treaty(ByteWriter& out, const model::Treaty& treaty) {
  visit_treaty_fields(treaty, FieldWriter(out));
  write_position(out, treaty.defined_at.line, treaty.defined_at.column);
}

model::Treaty read_treaty(ByteReader& in, const std::shared_ptr<const std::string>& path, ListScratch& lists) {
  model::Treaty treaty;
  visit_treaty_fields(treaty, FieldReader(in, lists));
  const auto line = in.small_number();
  treaty.defined_at = {path, line, in.small_number()};
  return treaty;
}

void write_entities(ByteWriter& out, const std::vector<model::Entity>& entities) {
  out.number(entities.size());
  for (const auto& entity : entities) {
    visit_entity_fields(entity, FieldWriter(out));
    write_position(out, entity.defined_at.line, entity.defined_at.column);
  }
}

// Reads entities as write_entities wrote them, each located in the file `path_of` gives.
template <typename PathOf>
void read_entities(ByteReader& in, const PathOf& path_of, ListScratch& lists, std::vector<model::Entity>& entities) {
  const auto count = in.count(min_entity_bytes);
  for (std::size_t index = 0; index < count && in.ok(); ++index) {
    auto path = path_of();
    model::Entity entity;
    visit_entity_fields(entity, FieldReader(in, lists));
    const auto line = in.small_number();
    entity.defined_at = {std::move(path), line, in.small_number()};
    entities.push_back(std::move(entity));
  }
}

void write_content(ByteWriter& out, const FileContent& content) {
  write_entities(out, content.entities);
  out.number(content.entity_codes.size());
  for (const auto& use : content.entity_codes) {
    out.text(use.code);
    out.text(use.key);
    write_position(out, use.line, use.column);
    out.number(use.event == CodeUse::no_event ? 0 : std::size_t{use.event} + 1);
  }
  out.flag(content.treaty.has_value());
  if (content.treaty) {
    write_treaty(out, *content.treaty);
  }
  out.flag(content.default_treaty.has_value());
  if (content.default_treaty) {
    out.text(content.default_treaty->id);
    write_position(out, content.default_treaty->where.line, content.default_treaty->where.column);
  }
  out.flag(content.broken_treaty.has_value());
  if (content.broken_treaty) {
    out.text(*content.broken_treaty);
  }
  out.flag(content.treaty_broken);
  out.number(content.heads.size());
  for (const auto& head : content.heads) {
    const auto& event = content.events.at(head.kept); // every event is kept: throws otherwise
    visit_event_fields(event, FieldWriter(out));
    write_position(out, head.line, head.column);
    write_position(out, head.id_line, head.id_column);
    if (!head.treaty.empty()) {
      write_position(out, head.treaty_line, head.treaty_column);
    }
  }
}

// Reads the events of a file reading into `content`, those `days` does not admit as heads.
void read_events(ByteReader& in, const std::shared_ptr<const std::string>& path,
                 const std::optional<model::DayWindow>& days, FileContent& content,
                 const std::function<void(std::string_view)>& release, std::string_view bytes) {
  constexpr std::size_t release_bytes = std::size_t{1} << 20;
  std::size_t released = 0;
  ListScratch lists;
  const auto events = in.count(min_event_bytes);
  for (std::size_t index = 0; index < events && in.ok(); ++index) {
    model::Event event;
    lists.reset();
    visit_event_fields(event, FieldReader(in, lists));
    EventHead head;
    head.line = in.small_number();
    head.column = in.small_number();
    head.id_line = in.small_number();
    head.id_column = in.small_number();
    if (!event.treaty.empty()) {
      head.treaty_line = in.small_number();
      head.treaty_column = in.small_number();
    }
    if (!in.ok()) {
      break;
    }
    if (!days || days->admits(event.interval())) {
      copy_event_texts(event, content.text);
      event.defined_at = {path, head.line, head.column};
      head.id = event.id;
      head.treaty = event.treaty;
      content.add_event(std::move(event), head);
    } else {
      head.id = content.text.copy(event.id);
      head.treaty = content.text.copy(event.treaty);
      content.add_head(head);
    }
    if (release && in.offset() - released >= release_bytes) {
      release(bytes.substr(released, in.offset() - released));
      released = in.offset();
    }
  }
}

} // namespace

void encode_file_reading(const FileReading& reading, const std::function<void(std::string_view piece)>& write) {
  ByteWriter out(write);
  const auto& all = reading.diagnostics.all();
  out.number(all.size());
  for (const auto& diagnostic : all) {
    out.byte(diagnostic.severity == Severity::error ? 0 : 1);
    write_position(out, diagnostic.where.line, diagnostic.where.column);
    out.text(diagnostic.message);
  }
  out.flag(reading.content.has_value());
  if (reading.content) {
    write_content(out, *reading.content);
  }
  out.flush();
}

std::string encode_file_reading(const FileReading& reading) {
  std::string bytes;
  encode_file_reading(reading, [&](std::string_view piece) { bytes += piece; });
  return bytes;
}

std::optional<FileReading> decode_file_reading(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                                               const std::optional<model::DayWindow>& days,
                                               const std::function<void(std::string_view part)>& release) {
  ByteReader in(bytes);
  FileReading reading;
  reading.path = path;
  const auto diagnostics = in.count(4);
  for (std::size_t index = 0; index < diagnostics && in.ok(); ++index) {
    const auto severity = in.byte();
    const auto line = in.small_number();
    const model::Location where{path, line, in.small_number()};
    std::string message(in.text());
    if (severity == 0) {
      reading.diagnostics.error(where, std::move(message));
    } else if (severity == 1) {
      reading.diagnostics.warning(where, std::move(message));
    } else {
      in.fail();
    }
  }
  if (in.flag()) {
    FileContent content;
    ListScratch lists;
    read_entities(
        in, [&] { return path; }, lists, content.entities);
    const auto codes = in.count(min_code_bytes);
    for (std::size_t index = 0; index < codes && in.ok(); ++index) {
      const auto code = content.text.copy(in.text());
      const auto key = content.text.copy(in.text());
      const auto line = in.small_number();
      const auto column = in.small_number();
      const auto event = in.small_number();
      content.entity_codes.push_back(
          {code, key, line, column, event == 0 ? CodeUse::no_event : static_cast<std::uint32_t>(event - 1)});
    }
    if (in.flag()) {
      content.treaty = read_treaty(in, path, lists);
    }
    if (in.flag()) {
      const auto id = content.text.copy(in.text());
      const auto line = in.small_number();
      content.default_treaty = TreatyRef{id, {path, line, in.small_number()}};
    }
    if (in.flag()) {
      content.broken_treaty = std::string(in.text());
    }
    content.treaty_broken = in.flag();
    read_events(in, path, days, content, release, bytes);
    reading.content = std::move(content);
  }
  if (!in.ok() || !in.at_end()) {
    return std::nullopt;
  }
  return reading;
}

std::string encode_loaded(const LoadResult& loaded, const std::vector<std::string>& files) {
  std::string bytes;
  ByteWriter out([&](std::string_view piece) { bytes += piece; });
  const auto file_number = [&](const model::Location& where) {
    const auto found = std::find(files.begin(), files.end(), *where.path);
    out.number(static_cast<std::size_t>(found - files.begin()));
  };
  out.number(files.size());
  for (const auto& file : files) {
    out.text(file);
  }
  out.number(loaded.entities.size());
  for (const auto& entity : loaded.entities) {
    file_number(entity.defined_at);
    visit_entity_fields(entity, FieldWriter(out));
    write_position(out, entity.defined_at.line, entity.defined_at.column);
  }
  out.number(loaded.treaties.size());
  for (const auto& treaty : loaded.treaties) {
    file_number(treaty.defined_at);
    write_treaty(out, treaty);
  }
  out.number(loaded.events.size());
  for (const auto& event : loaded.events) {
    file_number(event.defined_at);
    visit_event_fields(event, FieldWriter(out));
    write_position(out, event.defined_at.line, event.defined_at.column);
  }
  out.flush();
  return bytes;
}

std::optional<LoadResult> decode_loaded(std::string_view bytes, const std::optional<model::DayWindow>& days,
                                        Texts texts) {
  ByteReader in(bytes);
  LoadResult result;
  std::vector<std::shared_ptr<const std::string>> paths(in.count(1));
  for (auto& path : paths) {
    path = std::make_shared<const std::string>(in.text());
    result.diagnostics.add_file(path);
  }
  const auto path_of = [&]() -> std::shared_ptr<const std::string> {
    const auto number = in.number();
    if (number >= paths.size()) {
      in.fail();
      return nullptr;
    }
    return paths[number];
  };
  ListScratch lists;
  read_entities(in, path_of, lists, result.entities);
  const auto treaties = in.count(min_treaty_bytes);
  for (std::size_t index = 0; index < treaties && in.ok(); ++index) {
    const auto path = path_of();
    result.treaties.push_back(read_treaty(in, path, lists));
  }
  const auto events = in.count(min_event_bytes);
  for (std::size_t index = 0; index < events && in.ok(); ++index) {
    model::Event event;
    const auto path = path_of();
    lists.reset();
    visit_event_fields(event, FieldReader(in, lists));
    const auto line = in.small_number();
    event.defined_at = {path, line, in.small_number()};
    if (in.ok() && (!days || days->admits(event.interval()))) {
      if (texts == Texts::copied) {
        copy_event_texts(event, result.text);
      } else {
        copy_event_lists(event, result.text);
      }
      event.load_index = result.events.size();
      result.events.push_back(std::move(event));
    }
  }
  if (!in.ok() || !in.at_end()) {
    return std::nullopt;
  }
  return result;
}

} // namespace accords::load
