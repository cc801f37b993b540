#pragma once
// The header of a YAML block scalar (`|`, `>`, with chomping and indentation indicators) and the
// indentation of its content, as YAML 1.2 (8.1.1) reads them.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace accords::edit {

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

// The indentation of the content of a block scalar with `header`, under a parent indented by
// `parent_indent` spaces, whose content may start at index `first` of `lines`: the indicator's,
// or that of the first line that is not blank; nullopt when it has no content lines.
[[nodiscard]] std::optional<std::size_t> block_content_indentation(const BlockHeader& header, int parent_indent,
                                                                   const std::vector<std::string_view>& lines,
                                                                   std::size_t first);

} // namespace accords::edit
