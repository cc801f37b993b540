#pragma once
// Parses one timeline file and checks it against the format (timeline-format.md): every key
// and value of its treaty and events, each problem reported at its place.

#include "load/diagnostic.hpp"
#include "load/file_content.hpp"
#include "load/parse/yaml_tree.hpp"
#include "load/source/source.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accords::load {

// True when `id` matches [a-z0-9][a-z0-9-]*.
[[nodiscard]] bool valid_id(std::string_view id);

// Parses `bytes`, the file `path`, into its content: the treaty it defines or names, and
// every valid event, whose texts are copies in the content's own store (events with errors
// are reported and left out). Each event is checked as soon as the parser has it and its
// tree dropped, so that memory never holds the file's whole tree; the pages of mapped bytes
// are given back behind the parser. nullopt when parse_yaml gives no tree. Never throws on
// bad input.
// With `whole_tree`, the file's whole tree is kept there too, its events back in place (for
// the commands that rewrite the file).
[[nodiscard]] std::optional<FileContent> parse_file(const SourceBytes& bytes,
                                                    const std::shared_ptr<const std::string>& path,
                                                    Diagnostics& diagnostics,
                                                    std::optional<YamlNode>* whole_tree = nullptr);

} // namespace accords::load
