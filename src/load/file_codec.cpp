#include "load/file_codec.hpp"

#include "model/event_type.hpp"
#include "util/text.hpp"

#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>

namespace accords::load {
namespace {

// Appends numbers, texts and optional values, handing them to a writer in pieces of about
// flush_bytes. A text is its size times two, then either its place in the file's bytes
// (size odd: the text lies there, as loaded events' plain texts do) or the text itself.
class Encoder {
public:
  static constexpr std::size_t flush_bytes = std::size_t{1} << 20;

  Encoder(std::string_view source, const EncodedWriter& write) : source_(source), write_(write) {}

  void u8(std::uint8_t value) { out_.push_back(static_cast<char>(value)); }
  // An unsigned number in 7-bit groups, low group first (LEB128): most take one byte.
  void number(std::uint64_t value) {
    while (value >= 0x80) {
      u8(static_cast<std::uint8_t>(value | 0x80));
      value >>= 7;
    }
    u8(static_cast<std::uint8_t>(value));
  }
  void text(std::string_view value) {
    if (!value.empty() && util::lies_in(source_, value)) {
      number(value.size() * 2 + 1);
      number(static_cast<std::size_t>(value.data() - source_.data()));
      return;
    }
    number(value.size() * 2);
    out_.append(value);
    if (out_.size() >= flush_bytes) {
      flush();
    }
  }
  // A std::optional of a text, or a model::OptionalText.
  template <typename Optional> void optional_text(const Optional& value) {
    u8(value ? 1 : 0);
    if (value) {
      text(*value);
    }
  }
  template <typename Texts> void texts(const Texts& values) {
    number(values.size());
    for (const auto& value : values) {
      text(value);
    }
  }
  void position(const model::Location& where) {
    number(static_cast<std::uint32_t>(where.line));
    number(static_cast<std::uint32_t>(where.column));
  }
  void treaty_ref(const TreatyRef& ref) {
    text(ref.id);
    position(ref.where);
  }
  // Hands what is left to the writer.
  void flush() {
    if (!out_.empty()) {
      write_(out_);
      out_.clear();
    }
  }

private:
  std::string_view source_; // the file's bytes, which texts may lie in
  const EncodedWriter& write_;
  std::string out_;
};

// Reads what Encoder writes; any read past the end or any impossible value makes it fail,
// after which every read gives an empty value. Texts for the model (kept_text and what
// uses it) view the file's bytes `source` or are copied into `store`, never viewing the
// input, which can be dropped once decoded; from a mapped file they are copied too, its
// pages given back behind.
class Decoder {
public:
  Decoder(std::string_view in, const SourceBytes& source, const std::shared_ptr<const std::string>& path,
          model::TextStore& store)
      : in_(in), source_(source), mapped_(source.mapped()), behind_(source), path_(path), store_(store) {}

  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] bool at_end() const { return at_ == in_.size(); }
  // The bytes of the input read so far.
  [[nodiscard]] std::string_view done() const { return in_.substr(0, at_); }
  void fail() { ok_ = false; }

  std::uint8_t u8() {
    if (!ok_ || at_ >= in_.size()) {
      ok_ = false;
      return 0;
    }
    return static_cast<std::uint8_t>(in_[at_++]);
  }
  std::uint64_t number() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = u8();
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        return value;
      }
    }
    ok_ = false; // more than ten groups
    return 0;
  }
  bool flag() {
    const auto value = u8();
    if (value > 1) {
      ok_ = false;
    }
    return value == 1;
  }
  // A text for a moment: it may view the input.
  std::string_view text() {
    const auto tagged = number();
    const auto size = tagged >> 1;
    if ((tagged & 1) != 0) { // its place in the file's bytes
      const auto offset = number();
      if (!ok_ || size == 0 || offset > source_.size() || size > source_.size() - offset) {
        ok_ = false;
        return {};
      }
      return source_.substr(offset, size);
    }
    if (!ok_ || size > in_.size() - at_) {
      ok_ = false;
      return {};
    }
    const auto value = in_.substr(at_, size);
    at_ += size;
    return value;
  }
  // Whether what is read is kept (the default): while not, texts and lists read for the model
  // are read past, neither copied nor viewed.
  void keep(bool keeping) { keeping_ = keeping; }
  // A text for the model: a view of the file's bytes, or a copy in the store.
  std::string_view kept_text() { return keeping_ ? kept_text(text()) : text(); }
  // The same, kept even while what is read is not.
  std::string_view always_kept_text() { return kept_text(text()); }
  // `text` (read from the input) for the model.
  std::string_view kept_text(std::string_view text) {
    if (mapped_) {
      behind_.passed(text);
      return store_.copy(text);
    }
    return store_.copy_unless_in(source_, text);
  }
  std::optional<std::string_view> optional_text() {
    return flag() ? std::optional<std::string_view>(kept_text()) : std::nullopt;
  }
  std::optional<std::string> optional_string() { return flag() ? std::optional<std::string>(text()) : std::nullopt; }
  // A count of items, each at least `min_bytes` long: refused when the rest cannot hold it.
  std::size_t count(std::size_t min_bytes) {
    const auto value = number();
    if (!ok_ || value > (in_.size() - at_) / min_bytes) {
      ok_ = false;
      return 0;
    }
    return static_cast<std::size_t>(value);
  }
  std::span<const std::string_view> texts() {
    items_.resize(count(1));
    for (auto& value : items_) {
      value = kept_text();
    }
    return keeping_ ? store_.copy_list(items_) : std::span<const std::string_view>();
  }
  std::vector<std::string> strings() {
    std::vector<std::string> values(count(1));
    for (auto& value : values) {
      value = text();
    }
    return values;
  }
  model::Location position() {
    const auto line = number();
    const auto column = number();
    if (line > static_cast<std::uint64_t>(std::numeric_limits<int>::max()) ||
        column > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
      ok_ = false;
    }
    return {path_, static_cast<int>(line), static_cast<int>(column)};
  }
  TreatyRef treaty_ref() {
    const auto id = always_kept_text();
    return {id, position()};
  }
  model::PartialDate date() {
    const auto written = text();
    const auto parsed = model::PartialDate::parse(written);
    if (!parsed) {
      ok_ = false;
      return {};
    }
    return *parsed;
  }

private:
  std::string_view in_;
  std::string_view source_;
  bool mapped_;          // source_ is a mapped file: never viewed
  ReleaseBehind behind_; // its pages, given back behind the texts copied
  std::size_t at_ = 0;
  std::shared_ptr<const std::string> path_;
  model::TextStore& store_;
  std::vector<std::string_view> items_; // a list being read, reused
  bool ok_ = true;
  bool keeping_ = true;
};

void encode_event(Encoder& out, const FileContent& content, std::size_t index) {
  const auto& event = content.events[index];
  out.text(event.id);
  out.text(event.date.text());
  out.u8(event.end ? 1 : 0);
  if (event.end) {
    out.text(event.end->text());
  }
  out.u8(static_cast<std::uint8_t>(event.type));
  out.texts(event.parties);
  out.texts(event.mediators);
  out.text(event.title);
  out.optional_text(event.place);
  out.texts(event.sources);
  out.optional_text(event.notes);
  out.texts(event.tags);
  out.position(event.defined_at);
  const auto* treaty_ref = content.own_treaty_ref(index);
  out.u8(treaty_ref != nullptr ? 1 : 0);
  if (treaty_ref != nullptr) {
    out.treaty_ref(*treaty_ref);
  }
  out.position(content.id_at(index));
}

// Reads an event and its origin onto the end of `content`: its events when `days` (if any)
// admits it, else its skipped events, with no text but its id and treaty kept.
void decode_event(Decoder& in, FileContent& content, const std::optional<model::DayWindow>& days) {
  model::Event event;
  const auto id = in.text();
  event.date = in.date();
  if (in.flag()) {
    event.end = in.date();
  }
  const bool kept = !days || days->admits(event.interval());
  in.keep(kept);
  const auto type = in.u8();
  if (type >= model::all_event_types().size()) {
    in.fail();
  } else {
    event.type = static_cast<model::EventType>(type);
  }
  event.parties = in.texts();
  event.mediators = in.texts();
  event.title = in.kept_text();
  event.place = in.optional_text();
  event.sources = in.texts();
  event.notes = in.optional_text();
  event.tags = in.texts();
  event.defined_at = in.position();
  std::optional<TreatyRef> treaty_ref;
  if (in.flag()) {
    treaty_ref = in.treaty_ref();
  }
  const auto id_at = in.position();
  in.keep(true);
  if (kept) {
    event.id = in.kept_text(id);
    content.add_event(std::move(event), id_at, std::move(treaty_ref));
  } else {
    content.add_skipped(in.kept_text(id), event.defined_at, id_at, std::move(treaty_ref));
  }
}

void encode_treaty(Encoder& out, const model::Treaty& treaty) {
  out.text(treaty.id);
  out.text(treaty.name);
  out.optional_text(treaty.summary);
  out.optional_text(treaty.url);
  out.texts(treaty.aliases);
  out.position(treaty.defined_at);
}

model::Treaty decode_treaty(Decoder& in) {
  model::Treaty treaty;
  treaty.id = in.text();
  treaty.name = in.text();
  treaty.summary = in.optional_string();
  treaty.url = in.optional_string();
  treaty.aliases = in.strings();
  treaty.defined_at = in.position();
  return treaty;
}

} // namespace

void encode_file_reading(const FileReading& reading, std::string_view source, const EncodedWriter& write) {
  Encoder out(source, write);
  const auto& all = reading.diagnostics.all();
  out.number(all.size());
  for (const auto& diagnostic : all) {
    out.u8(diagnostic.severity == Severity::error ? 0 : 1);
    out.position(diagnostic.where);
    out.text(diagnostic.message);
  }
  out.u8(reading.content ? 1 : 0);
  if (reading.content) {
    const auto& content = *reading.content;
    out.u8(content.treaty ? 1 : 0);
    if (content.treaty) {
      encode_treaty(out, *content.treaty);
    }
    out.u8(content.default_treaty ? 1 : 0);
    if (content.default_treaty) {
      out.treaty_ref(*content.default_treaty);
    }
    out.optional_text(content.broken_treaty);
    out.u8(content.treaty_broken ? 1 : 0);
    out.number(content.events.size());
    for (std::size_t index = 0; index < content.events.size(); ++index) {
      encode_event(out, content, index);
    }
  }
  out.flush();
}

std::string encode_file_reading(const FileReading& reading, std::string_view source) {
  std::string bytes;
  encode_file_reading(reading, source, [&](std::string_view piece) { bytes += piece; });
  return bytes;
}

std::optional<FileReading> decode_file_reading(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                                               const SourceBytes& source, const Release& release,
                                               const std::optional<model::DayWindow>& days) {
  FileContent content;
  Decoder in(bytes, source, path, content.text);
  FileReading reading;
  const auto diagnostics = in.count(4);
  for (std::size_t index = 0; index < diagnostics && in.ok(); ++index) {
    const auto severity = in.u8();
    const auto where = in.position();
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
    if (in.flag()) {
      content.treaty = decode_treaty(in);
    }
    if (in.flag()) {
      content.default_treaty = in.treaty_ref();
    }
    content.broken_treaty = in.optional_string();
    content.treaty_broken = in.flag();
    const auto events = in.count(16);
    constexpr std::size_t release_bytes = std::size_t{1} << 20;
    std::size_t released = 0;
    for (std::size_t index = 0; index < events && in.ok(); ++index) {
      decode_event(in, content, days);
      if (release && in.done().size() - released >= release_bytes) {
        release(in.done().substr(released));
        released = in.done().size();
      }
    }
    if (source.mapped()) {
      source.release(source);
    } else if (source.owner()) {
      content.text.keep(source.owner());
    }
    reading.content = std::move(content);
  }
  if (!in.ok() || !in.at_end()) {
    return std::nullopt;
  }
  return reading;
}

} // namespace accords::load
