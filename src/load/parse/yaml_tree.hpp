#pragma once
// A small YAML document tree with a position on every node, built from yaml-cpp's event
// API. Unlike YAML::Node it reports duplicate keys and rejects anchors and aliases.

#include "load/diagnostic.hpp"
#include "load/source/source.hpp"
#include "model/location.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accords::load {

// One YAML node.
struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string value;                                // the text of a scalar
  int line = 0;                                     // 1-based
  int column = 0;                                   // 1-based, in bytes (as yaml-cpp counts)
  bool reported = false;                            // an alias, already reported: readers skip it quietly
  bool plain = false;                               // a scalar written plain: no quotes, block or tag
  bool flow = false;                                // a sequence or mapping written [a, b] or {a: b}
  std::string tag;                                  // an explicit tag, resolved ("tag:yaml.org,2002:str", "!x"), or ""
  std::vector<YamlNode> items;                      // a sequence's items
  std::vector<std::pair<YamlNode, YamlNode>> pairs; // a mapping's key/value pairs, in order

  // "a scalar", "a sequence", "a mapping" or "null", for messages.
  [[nodiscard]] std::string_view kind_name() const;

  // Declared here and defaulted below the class: clang with libstdc++ rejects the implicit
  // ones while std::pair<YamlNode, YamlNode> is still incomplete.
  YamlNode();
  YamlNode(const YamlNode& other);
  YamlNode(YamlNode&& other) noexcept;
  YamlNode& operator=(const YamlNode& other);
  YamlNode& operator=(YamlNode&& other) noexcept;
  ~YamlNode();
};

inline YamlNode::YamlNode() = default;
inline YamlNode::YamlNode(const YamlNode&) = default;
inline YamlNode::YamlNode(YamlNode&&) noexcept = default;
inline YamlNode& YamlNode::operator=(const YamlNode&) = default;
inline YamlNode& YamlNode::operator=(YamlNode&&) noexcept = default;
inline YamlNode::~YamlNode() = default;

// Receives each item of the root mapping's `events` sequence as soon as it is complete.
using EventSink = std::function<void(YamlNode&& item)>;

// Parses the bytes of one timeline file, `source`, into a tree. Every problem (those of check_bytes, YAML
// syntax including quoted text left open at the end of the file, nesting too deep, several
// documents, anchors, aliases, non-scalar or duplicate keys) is added to `diagnostics` at its
// place in `path`; a duplicate or non-scalar key is left out of its mapping, an alias becomes
// a null node marked `reported`. Returns nullopt when no usable tree could be built (bytes
// that fail check_bytes, a syntax error, an empty file). With an `events_sink`, the items of
// the root's first `events` sequence are handed to it one by one and left out of the tree
// (its `events` sequence stays empty), so that memory holds one event's tree at a time;
// items handed over before a syntax error count for nothing (the result is nullopt). The
// pages of mapped bytes are given back behind the parser. Never throws.
[[nodiscard]] std::optional<YamlNode> parse_yaml(const SourceBytes& source,
                                                 const std::shared_ptr<const std::string>& path,
                                                 Diagnostics& diagnostics, const EventSink& events_sink = {});

} // namespace accords::load
