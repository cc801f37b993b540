#include "load/parse/yaml_tree.hpp"

#include "load/limits.hpp"
#include "load/parse/byte_checks.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <istream>
#include <map>
#include <streambuf>

namespace accords::load {
namespace {

// An input stream buffer over a source's bytes, so parsing copies nothing. It hands the
// bytes out a window (256 KiB) at a time and gives back what lies more than a window behind
// the one being read (yaml-cpp never looks back that far), so that the pages of a mapped
// file are not all in memory at once.
class ViewBuffer : public std::streambuf {
public:
  explicit ViewBuffer(const SourceBytes& bytes)
      : bytes_(bytes), begin_(const_cast<char*>(bytes.view().data())), // read only: the get area is never written
        size_(bytes.size()) {
    setg(begin_, begin_, begin_ + std::min(window, size_));
  }

protected:
  int_type underflow() override {
    if (gptr() < egptr()) {
      return traits_type::to_int_type(*gptr());
    }
    const auto reached = static_cast<std::size_t>(egptr() - begin_);
    if (reached >= size_) {
      return traits_type::eof();
    }
    if (reached > window) {
      bytes_.release({begin_ + released_, reached - window - released_});
      released_ = reached - window;
    }
    setg(begin_, begin_ + reached, begin_ + std::min(reached + window, size_));
    return traits_type::to_int_type(*gptr());
  }

private:
  static constexpr std::size_t window = std::size_t{256} << 10;

  const SourceBytes& bytes_;
  char* begin_;
  std::size_t size_;
  std::size_t released_ = 0; // bytes from the start given back
};

// True when the quoted scalar whose opening quote is at `open` has its closing quote.
// yaml-cpp 0.7 accepts a quoted scalar that runs to the end of the file after a line break,
// silently swallowing everything after the quote, so the tree builder checks each one.
bool quote_closed(std::string_view bytes, std::size_t open) {
  const char quote = bytes[open];
  for (std::size_t i = open + 1; i < bytes.size(); ++i) {
    if (quote == '"' && bytes[i] == '\\') {
      ++i; // an escape: the next byte is never the closing quote
    } else if (bytes[i] == quote) {
      if (quote == '\'' && i + 1 < bytes.size() && bytes[i + 1] == '\'') {
        ++i; // '' is a quote inside single-quoted text
      } else {
        return true;
      }
    }
  }
  return false;
}

// The code point that the escape starting at `at` (a backslash) of double-quoted text stands
// for, and the escape's length in bytes; nullopt for an escaped line break or an escape YAML
// does not know.
std::optional<std::pair<char32_t, std::size_t>> escape_at(std::string_view bytes, std::size_t at) {
  if (at + 1 >= bytes.size()) {
    return std::nullopt;
  }
  static constexpr std::string_view singles = "0abt\tnvfre \"/\\N_LP";
  static constexpr std::array<char32_t, singles.size()> codes{0x00, 0x07, 0x08, 0x09, 0x09, 0x0A, 0x0B, 0x0C,   0x0D,
                                                              0x1B, 0x20, 0x22, 0x2F, 0x5C, 0x85, 0xA0, 0x2028, 0x2029};
  const char kind = bytes[at + 1];
  if (const auto single = singles.find(kind); single != std::string_view::npos) {
    return std::make_pair(codes[single], std::size_t{2});
  }
  const std::size_t digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
  if (digits == 0 || at + 2 + digits > bytes.size()) {
    return std::nullopt;
  }
  char32_t code = 0;
  for (const char digit : bytes.substr(at + 2, digits)) {
    const auto value = std::string_view("0123456789abcdef").find(static_cast<char>(digit | 0x20));
    if (value == std::string_view::npos) {
      return std::nullopt;
    }
    code = code * 16 + static_cast<char32_t>(value);
  }
  return std::make_pair(code, 2 + digits);
}

// A yaml-cpp message made printable: yaml-cpp copies the raw byte after a bad escape into
// its message (a control byte at the end of the file, or one byte of a UTF-8 sequence).
std::string printable_message(const std::string& message) {
  const std::string_view bad_escape = YAML::ErrorMsg::INVALID_ESCAPE;
  if (message.size() == bad_escape.size() + 1 && message.compare(0, bad_escape.size(), bad_escape) == 0) {
    const auto c = static_cast<unsigned char>(message.back());
    if (c > 0x20 && c < 0x7f) {
      return fmt::format(R"(unknown escape '\{}' in double-quoted text: write '\\' for a backslash)",
                         static_cast<char>(c));
    }
    return R"(unknown escape in double-quoted text: write '\\' for a backslash)";
  }
  std::string out;
  for (const char ch : message) {
    const auto c = static_cast<unsigned char>(ch);
    out += c >= 0x20 && c < 0x7f ? std::string(1, ch) : fmt::format("\\x{:02x}", c);
  }
  return out;
}

// True when a line after line `after` and up to line `last` starts with a document marker
// ("---" or "..."): the text that follows really is a second document.
bool document_marker_between(std::string_view bytes, int after, int last) {
  for (int line = after + 1; line <= last; ++line) {
    const auto text = line_text(bytes, line);
    if ((text.substr(0, 3) == "---" || text.substr(0, 3) == "...") &&
        (text.size() == 3 || text[3] == ' ' || text[3] == '\t' || text[3] == '\r')) {
      return true;
    }
  }
  return false;
}

// A hint for a yaml-cpp syntax error at `line`:`column` whose message says little about the
// usual cause: tabs in indentation, text holding ": " without quotes, lines indented wrongly,
// or a flow collection left open (`open_flow`: where its '[' or '{' is, if known).
std::string syntax_hint(const std::string& message, std::string_view bytes, int line, int column,
                        const std::optional<std::pair<int, int>>& open_flow) {
  const auto text = line_text(bytes, line);
  const auto indentation = text.substr(0, text.find_first_not_of(" \t-"));
  if (message.find("tab") == std::string::npos && indentation.find('\t') != std::string_view::npos) {
    return " (indent with spaces: YAML forbids tabs)";
  }
  if ((message == YAML::ErrorMsg::END_OF_SEQ_FLOW || message == YAML::ErrorMsg::END_OF_MAP_FLOW) && open_flow) {
    return fmt::format(" (the '{}' at line {}, column {} is never closed)",
                       message == YAML::ErrorMsg::END_OF_SEQ_FLOW ? '[' : '{', open_flow->first, open_flow->second);
  }
  if (message == YAML::ErrorMsg::MAP_VALUE && column > 0) {
    const auto before = text.substr(0, std::min(text.size(), static_cast<std::size_t>(column - 1)));
    if (before.find(": ") != std::string_view::npos) {
      return " (put text that holds ': ' in quotes)";
    }
    return " (check the indentation of this line)";
  }
  if (message == YAML::ErrorMsg::END_OF_SEQ || message == YAML::ErrorMsg::END_OF_MAP) {
    return " (check the indentation of this line)";
  }
  return "";
}

// Thrown by the tree builder to stop parsing at a collection nested too deeply.
struct TooDeep {
  YAML::Mark mark;
};

// Builds YamlNode trees from parser events, reporting what the format forbids.
class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(std::string_view bytes, std::shared_ptr<const std::string> path, Diagnostics& diagnostics,
              const EventSink* events_sink = nullptr)
      : bytes_(bytes), path_(std::move(path)), diagnostics_(diagnostics), events_sink_(events_sink) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }
  // True when a quoted scalar ran to the end of the file (reported): the tree is not usable.
  [[nodiscard]] bool unterminated_quote() const { return unterminated_quote_; }

  // The (line, column) of the innermost flow sequence or mapping still open, if any.
  [[nodiscard]] std::optional<std::pair<int, int>> open_flow(YamlNode::Kind kind) const {
    const auto open = std::find_if(stack_.rbegin(), stack_.rend(),
                                   [&](const Frame& frame) { return frame.node.flow && frame.node.kind == kind; });
    if (open != stack_.rend()) {
      return std::make_pair(open->node.line, open->node.column);
    }
    return std::nullopt;
  }

  void OnDocumentStart(const YAML::Mark& /*mark*/) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    finish(start(mark, YamlNode::Kind::null));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    error(mark, "YAML aliases are not supported: write the value out in full");
    auto node = start(mark, YamlNode::Kind::null);
    node.reported = true;
    finish(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    if (tag != "?") { // quoted, block or explicitly tagged: see quote_closed()
      check_quote(mark);
    }
    if (value.size() > limits::max_value_bytes) {
      error(mark,
            fmt::format("this value is longer than the {} limit ({} bytes)", limits::max_line_text, value.size()));
      auto node = start(mark, YamlNode::Kind::null);
      node.reported = true;
      finish(std::move(node));
      return;
    }
    auto node = start(mark, YamlNode::Kind::scalar);
    node.plain = tag == "?";
    node.tag = explicit_tag(tag);
    // yaml-cpp 0.7 decodes the escapes \N (U+0085) and \_ (U+00A0) of a double-quoted scalar
    // as the single bytes 0x85 and 0xA0 instead of their UTF-8. The file was found to be valid
    // UTF-8 before it was parsed, so such a byte can only come from one of those escapes.
    node.value = util::valid_utf8(value) ? value : util::latin1_bytes_as_utf8(value);
    // The bytes hold no control character they may not (check_bytes), but an escape may
    // give one: the same characters are refused, at the escape.
    if (tag != "?" && util::first_disallowed_control(node.value) != std::string_view::npos) {
      report_escaped_control(mark);
      node.reported = true;
    }
    finish(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    check_anchor(mark, anchor);
    check_depth(mark);
    const bool stream = starts_root_events();
    stack_.push_back({collection_start(mark, YamlNode::Kind::sequence, tag, style), std::nullopt, {}});
    stack_.back().stream_items = stream;
  }

  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    check_anchor(mark, anchor);
    check_depth(mark);
    stack_.push_back({collection_start(mark, YamlNode::Kind::mapping, tag, style), std::nullopt, {}});
  }

  void OnMapEnd() override { close(); }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    error(mark, fmt::format("YAML anchors are not supported (anchor '&{}'): write the value out in full", name));
    reported_anchor_ = true;
  }

private:
  // A collection being built, with the key waiting for its value in a mapping.
  struct Frame {
    YamlNode node;
    std::optional<YamlNode> pending_key;
    // key -> (line, column) of its first use; filled only once the mapping has many keys
    // (a small mapping is searched directly, which is faster).
    std::map<std::string, std::pair<int, int>> seen_keys;
    bool stream_items = false; // the root's `events`: items go to the sink, not into the tree
  };

  // Mappings with fewer keys than this are searched for duplicates without an index.
  static constexpr std::size_t indexed_keys = 16;

  // True when the sequence starting now is the value of the root mapping's first `events`
  // key and there is a sink for its items.
  [[nodiscard]] bool starts_root_events() const {
    if (events_sink_ == nullptr || stack_.size() != 1) {
      return false;
    }
    const auto& root = stack_.front();
    return root.node.kind == YamlNode::Kind::mapping && root.pending_key &&
           root.pending_key->kind == YamlNode::Kind::scalar && root.pending_key->value == "events" &&
           !first_use(root, "events");
  }

  // The line and column where `key` was first used in the mapping of `frame`, if it was.
  static std::optional<std::pair<int, int>> first_use(const Frame& frame, const std::string& key) {
    if (frame.node.pairs.size() < indexed_keys) {
      for (const auto& [existing, value] : frame.node.pairs) {
        if (existing.value == key) {
          return std::make_pair(existing.line, existing.column);
        }
      }
      return std::nullopt;
    }
    const auto found = frame.seen_keys.find(key);
    return found == frame.seen_keys.end() ? std::nullopt : std::optional(found->second);
  }

  [[nodiscard]] static YamlNode start(const YAML::Mark& mark, YamlNode::Kind kind) {
    YamlNode node;
    node.kind = kind;
    node.line = mark.line + 1;
    node.column = mark.column + 1;
    return node;
  }

  // The tag yaml-cpp reports for a node, "" for none: "?" marks a plain scalar or a collection
  // and "!" a quoted or block scalar.
  [[nodiscard]] static std::string explicit_tag(const std::string& tag) {
    return tag == "?" || tag == "!" ? std::string() : tag;
  }

  [[nodiscard]] static YamlNode collection_start(const YAML::Mark& mark, YamlNode::Kind kind, const std::string& tag,
                                                 YAML::EmitterStyle::value style) {
    auto node = start(mark, kind);
    node.flow = style == YAML::EmitterStyle::Flow;
    node.tag = explicit_tag(tag);
    return node;
  }

  // Reports a quoted scalar starting at `mark` (after any tag or anchor) that is never closed.
  void check_quote(const YAML::Mark& mark) {
    const auto at = text_start(mark);
    if (at >= bytes_.size() || (bytes_[at] != '"' && bytes_[at] != '\'') || quote_closed(bytes_, at)) {
      return;
    }
    error(mark, fmt::format("YAML syntax error: this quoted text has no closing {} quote",
                            bytes_[at] == '"' ? "double" : "single"));
    unterminated_quote_ = true;
  }

  // The offset in bytes_ of the first byte of the scalar's own text that starts at `mark`,
  // after any tag or anchor (its opening quote, if quoted); npos when the mark has no place.
  [[nodiscard]] std::size_t text_start(const YAML::Mark& mark) const {
    if (mark.pos < 0) {
      return std::string_view::npos;
    }
    auto at = static_cast<std::size_t>(mark.pos) + bom_length(bytes_);
    while (at < bytes_.size() && (bytes_[at] == '!' || bytes_[at] == '&')) { // a tag or an anchor first
      while (at < bytes_.size() && bytes_[at] != ' ' && bytes_[at] != '\t' && bytes_[at] != '\n') {
        ++at;
      }
      while (at < bytes_.size() &&
             (bytes_[at] == ' ' || bytes_[at] == '\t' || bytes_[at] == '\r' || bytes_[at] == '\n')) {
        ++at;
      }
    }
    return at;
  }

  // Reports the first escape of the double-quoted scalar starting at `mark` that gives a
  // control character the bytes may not hold, at the escape.
  void report_escaped_control(const YAML::Mark& mark) {
    const auto open = text_start(mark);
    const auto start = static_cast<std::size_t>(mark.pos) + bom_length(bytes_);
    for (auto at = open + 1; open < bytes_.size() && bytes_[open] == '"' && at < bytes_.size() && bytes_[at] != '"';
         ++at) {
      if (bytes_[at] != '\\') {
        continue;
      }
      const auto escape = escape_at(bytes_, at);
      if (!escape || !util::is_disallowed_control(escape->first)) {
        ++at; // the byte after the backslash is never the closing quote
        continue;
      }
      // Its line and column, counted from the mark's, over the scalar's bytes only.
      const auto before = bytes_.substr(start, at - start);
      const auto line_break = before.rfind('\n');
      const int line = mark.line + 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      const int column = line_break == std::string_view::npos ? mark.column + 1 + static_cast<int>(before.size())
                                                              : static_cast<int>(before.size() - line_break);
      error_at(line, column,
               fmt::format("control character U+{:04X}, written '{}', is not allowed: a text holds only printable "
                           "characters, tabs and line breaks",
                           static_cast<unsigned>(escape->first), bytes_.substr(at, escape->second)));
      return;
    }
    error(mark, "a control character is not allowed: a text holds only printable characters, tabs and line breaks");
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !reported_anchor_) {
      error(mark, "YAML anchors are not supported: write the value out in full");
    }
    reported_anchor_ = false;
  }

  // Stops parsing at a collection that would be nested more than limits::max_depth deep.
  void check_depth(const YAML::Mark& mark) const {
    if (stack_.size() >= static_cast<std::size_t>(limits::max_depth)) {
      throw TooDeep{mark};
    }
  }

  void close() {
    auto frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node));
  }

  // Attaches a complete node to the collection being built, or makes it the root.
  void finish(YamlNode node) {
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    auto& frame = stack_.back();
    if (frame.stream_items) {
      (*events_sink_)(std::move(node));
    } else if (frame.node.kind == YamlNode::Kind::sequence) {
      frame.node.items.push_back(std::move(node));
    } else if (!frame.pending_key) {
      frame.pending_key = std::move(node);
    } else {
      add_pair(frame, std::move(*frame.pending_key), std::move(node));
      frame.pending_key.reset();
    }
  }

  void add_pair(Frame& frame, YamlNode key, YamlNode value) {
    if (key.kind != YamlNode::Kind::scalar) {
      error_at(key.line, key.column, fmt::format("a mapping key must be text, found {}", key.kind_name()));
      return;
    }
    if (const auto first = first_use(frame, key.value)) {
      error_at(
          key.line, key.column,
          fmt::format("duplicate key '{}' (first used at line {}, column {})", key.value, first->first, first->second));
      return;
    }
    if (frame.node.pairs.size() + 1 == indexed_keys) {
      for (const auto& [existing, existing_value] : frame.node.pairs) {
        frame.seen_keys.emplace(existing.value, std::make_pair(existing.line, existing.column));
      }
    }
    if (frame.node.pairs.size() + 1 >= indexed_keys) {
      frame.seen_keys.emplace(key.value, std::make_pair(key.line, key.column));
    }
    frame.node.pairs.emplace_back(std::move(key), std::move(value));
  }

  void error(const YAML::Mark& mark, std::string message) {
    error_at(mark.line + 1, mark.column + 1, std::move(message));
  }

  void error_at(int line, int column, std::string message) {
    diagnostics_.error({path_, line, column}, std::move(message));
  }

  std::string_view bytes_;
  std::shared_ptr<const std::string> path_;
  Diagnostics& diagnostics_;
  const EventSink* events_sink_; // nullptr: the whole document becomes one tree
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  bool reported_anchor_ = false;
  bool unterminated_quote_ = false;
};

} // namespace

std::string_view YamlNode::kind_name() const {
  switch (kind) {
  case Kind::null:
    return "null";
  case Kind::scalar:
    return "a scalar";
  case Kind::sequence:
    return "a sequence";
  case Kind::mapping:
    return "a mapping";
  }
  return "null";
}

std::optional<YamlNode> parse_yaml(const SourceBytes& source, const std::shared_ptr<const std::string>& path,
                                   Diagnostics& diagnostics, const EventSink& events_sink) {
  const auto bytes = source.view();
  if (!check_bytes(bytes, path, diagnostics)) {
    return std::nullopt;
  }
  source.release(bytes); // the checks read them all; the parser reads them again
  ViewBuffer buffer(source);
  std::istream stream(&buffer);
  Diagnostics found;
  std::optional<YamlNode> root;
  bool syntax_failed = false;
  TreeBuilder builder(bytes, path, found, events_sink ? &events_sink : nullptr);
  Diagnostics ignored;
  TreeBuilder extra(bytes, path, ignored);
  const TreeBuilder* current = &builder; // the builder of the document being parsed
  try {
    YAML::Parser parser(stream);
    if (parser.HandleNextDocument(builder)) {
      root = builder.take_root();
      syntax_failed = builder.unterminated_quote();
      current = &extra;
      if (parser.HandleNextDocument(extra)) {
        const auto second = extra.take_root();
        const int line = second ? second->line : 0;
        // yaml-cpp also starts a new document at a line that cannot continue the first one.
        found.error({path, line, second ? second->column : 0},
                    root && !document_marker_between(bytes, root->line, line)
                        ? "YAML syntax error: this line does not fit in the document above (check its indentation)"
                        : "a timeline file holds one YAML document, found a second one");
      }
    }
  } catch (const TooDeep& e) {
    found.error({path, e.mark.line + 1, e.mark.column + 1},
                fmt::format("sequences and mappings are nested more than {} levels deep", limits::max_depth));
    syntax_failed = true;
  } catch (const YAML::DeepRecursion& e) { // yaml-cpp's message for this is "bad file"
    found.error({path, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1},
                "YAML syntax error: sequences and mappings are nested too deeply");
    syntax_failed = true;
  } catch (const YAML::Exception& e) {
    int column = e.mark.is_null() ? 0 : e.mark.column + 1;
    if (e.msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0 && column > 2) {
      column -= 2; // yaml-cpp marks the byte after the escape; point at its backslash
    }
    const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
    const auto open = current->open_flow(e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW ? YamlNode::Kind::mapping
                                                                                  : YamlNode::Kind::sequence);
    found.error({path, line, column}, fmt::format("YAML syntax error: {}{}", printable_message(e.msg),
                                                  syntax_hint(e.msg, bytes, line, column, open)));
    syntax_failed = true;
  } catch (const std::exception& e) {
    found.error({path, 0, 0}, fmt::format("cannot parse: {}", e.what()));
    syntax_failed = true;
  }
  diagnostics.append(found);
  if (syntax_failed) {
    return std::nullopt;
  }
  if (!root) {
    diagnostics.error({path, 1, 1}, "the file is empty: expected a mapping with 'schema', 'treaty' and 'events'");
  }
  return root;
}

} // namespace accords::load
