#include "load/yaml_tree.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <map>
#include <streambuf>

namespace accords::load {
namespace {

// An input stream buffer over bytes held elsewhere, so parsing copies nothing.
class ViewBuffer : public std::streambuf {
public:
  explicit ViewBuffer(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data()); // read only: the get area is never written
    setg(begin, begin, begin + bytes.size());
  }
};

// Builds YamlNode trees from parser events, reporting what the format forbids.
class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(const std::shared_ptr<const std::string>& path, Diagnostics& diagnostics)
      : path_(path), diagnostics_(diagnostics) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& /*mark*/) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    finish(start(mark, YamlNode::Kind::null));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    error(mark, "YAML aliases are not supported: write the value out in full");
    finish(start(mark, YamlNode::Kind::null));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    auto node = start(mark, YamlNode::Kind::scalar);
    node.value = value;
    finish(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    check_anchor(mark, anchor);
    stack_.push_back({start(mark, YamlNode::Kind::sequence), std::nullopt, {}});
  }

  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    check_anchor(mark, anchor);
    stack_.push_back({start(mark, YamlNode::Kind::mapping), std::nullopt, {}});
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
    std::map<std::string, std::pair<int, int>> seen_keys; // key -> (line, column) of its first use
  };

  YamlNode start(const YAML::Mark& mark, YamlNode::Kind kind) const {
    YamlNode node;
    node.kind = kind;
    node.line = mark.line + 1;
    node.column = mark.column + 1;
    return node;
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !reported_anchor_) {
      error(mark, "YAML anchors are not supported: write the value out in full");
    }
    reported_anchor_ = false;
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
    if (frame.node.kind == YamlNode::Kind::sequence) {
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
      error_at(key.line, key.column, fmt::format("a mapping key must be a plain text, found {}", key.kind_name()));
      return;
    }
    const auto [first, inserted] = frame.seen_keys.emplace(key.value, std::make_pair(key.line, key.column));
    if (!inserted) {
      error_at(key.line, key.column,
               fmt::format("duplicate key '{}' (first used at line {}, column {})", key.value, first->second.first,
                           first->second.second));
      return;
    }
    frame.node.pairs.emplace_back(std::move(key), std::move(value));
  }

  void error(const YAML::Mark& mark, std::string message) {
    error_at(mark.line + 1, mark.column + 1, std::move(message));
  }

  void error_at(int line, int column, std::string message) {
    diagnostics_.error({path_, line, column}, std::move(message));
  }

  std::shared_ptr<const std::string> path_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  bool reported_anchor_ = false;
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

std::optional<YamlNode> parse_yaml(std::string_view bytes, const std::shared_ptr<const std::string>& path,
                                   Diagnostics& diagnostics) {
  util::Utf8Error bad{};
  if (!util::valid_utf8(bytes, &bad)) {
    diagnostics.error({path, static_cast<int>(bad.line), static_cast<int>(bad.column)},
                      fmt::format("invalid UTF-8 (byte 0x{:02x}): timeline files must be UTF-8",
                                  static_cast<unsigned char>(bytes[bad.offset])));
    return std::nullopt;
  }
  ViewBuffer buffer(bytes);
  std::istream stream(&buffer);
  Diagnostics found;
  std::optional<YamlNode> root;
  bool syntax_failed = false;
  try {
    YAML::Parser parser(stream);
    TreeBuilder builder(path, found);
    if (parser.HandleNextDocument(builder)) {
      root = builder.take_root();
      Diagnostics ignored;
      TreeBuilder extra(path, ignored);
      if (parser.HandleNextDocument(extra)) {
        const auto second = extra.take_root();
        found.error({path, second ? second->line : 0, second ? second->column : 0},
                    "a timeline file holds one YAML document, found a second one");
      }
    }
  } catch (const YAML::Exception& e) {
    found.error({path, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1},
                fmt::format("YAML syntax error: {}", e.msg));
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
