#pragma once
// The YAML tree of a test's text, for the tests of what reads and writes YAML text.

#include "load/parse/yaml_tree.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace accords::test {

// The tree load::parse_yaml gives for `text` (a failed expectation and an empty node when it
// gives none).
inline load::YamlNode tree_of(const std::string& text) {
  load::Diagnostics diagnostics;
  const auto path = std::make_shared<const std::string>("t.yaml");
  auto root = load::parse_yaml(load::SourceBytes(text), path, diagnostics);
  EXPECT_TRUE(root) << text;
  return root ? *root : load::YamlNode();
}

} // namespace accords::test
