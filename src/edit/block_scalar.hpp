#pragma once
// The lines of a YAML text, and the block scalars (`|`, `>`) written in them: their headers
// (chomping and indentation indicators) and the lines they take, as YAML 1.2 (8.1.1) reads them.

#include "load/parse/yaml_tree.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace accords::edit {

// The lines of `text` as views into it, without their line ends (LF or CRLF) and without the
// byte order mark that may start the first one.
[[nodiscard]] std::vector<std::string_view> yaml_lines(std::string_view text);

// A block scalar's header, read from the text that starts at its `|` or `>`.
struct BlockHeader {
  char chomping = 0;         // '-' strip, '+' keep, 0 clip (the default)
  int indentation = 0;       // the indentation indicator, 1-9, or 0 when there is none
  std::size_t chomping_at{}; // the offset of the chomping indicator, or where one would go
};

// The header written at the start of `text`, or nullopt when `text` does not start with `|` or `>`.
[[nodiscard]] std::optional<BlockHeader> block_header(std::string_view text);

// Spaces at the start of `line`.
[[nodiscard]] std::size_t indentation_of(std::string_view line);

// Whether `line` holds nothing but spaces and tabs.
[[nodiscard]] bool is_blank_line(std::string_view line);

// One block scalar of a text.
struct BlockScalar {
  std::string_view header;   // from its `|` or `>` to the end of its line, a view into the lines given
  BlockHeader indicators;    // what its header says
  std::size_t header_line{}; // the index of the header's line in the lines given
  std::size_t end_line{};    // the index of the first line after its text and the blank lines after it
};

// The block scalars under `root` (the tree of the text whose yaml_lines are `lines`), in the
// order written. A block's text ends at the first line that is not blank and is indented less
// than its content: the indentation indicator's, else that of its first line that is not blank.
[[nodiscard]] std::vector<BlockScalar> block_scalars(const load::YamlNode& root,
                                                     const std::vector<std::string_view>& lines);

} // namespace accords::edit
