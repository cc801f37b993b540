#pragma once
// How a text is written as a YAML scalar in a timeline file: plain where YAML reads it back
// as the same text, double-quoted otherwise, and a literal block for text on several lines.

#include <optional>
#include <string>
#include <string_view>

namespace accords::edit {

// Where a scalar is written, which decides what may stay plain.
enum class ScalarPlace {
  block, // a mapping value or a block sequence item: `key: text`, `- text`
  flow,  // an item of a flow sequence: `[a, b]`, where `,[]{}` would end it
};

// What a reader must take a scalar for.
enum class Typing {
  text,       // text, for every common YAML reader: what looks like a number, a boolean, null or a
              // timestamp (yaml_resolve.hpp) is quoted
  as_written, // what a plain scalar of the same text was taken for: it was written plain
};

// `text` as one YAML scalar on one line: as it is when a YAML reader gives back exactly
// `text` for it (never null, and with Typing::text always text), otherwise double-quoted with
// `"`, `\`, every control character and the line breaks of YAML 1.1 (NEL, LS, PS) escaped.
[[nodiscard]] std::string yaml_scalar(std::string_view text, ScalarPlace place = ScalarPlace::block,
                                      Typing typing = Typing::text);

// A node's explicit tag (load::YamlNode::tag) as written before it: `!!binary` for a tag of
// the YAML namespace, `!x` for a local one, `!<uri>` otherwise.
[[nodiscard]] std::string yaml_tag(std::string_view tag);

// `text` as the header and lines of a literal block scalar (`|`, `|-`, `|+`, with the
// indentation indicator 2 when the first line starts with a space), the value of a key
// indented by `key_indent` spaces: each line after the header is indented two more. The
// header comes first, with no newline before it and none after the last line. nullopt when a
// literal block cannot hold `text` as it is (a control character other than a line end or a
// tab, a `\r`, a YAML 1.1 line break, text on one line, leading empty lines).
[[nodiscard]] std::optional<std::string> yaml_literal_block(std::string_view text, int key_indent);

// `text`, one line, as a folded block scalar (`>-`) whose lines, indented two more than
// `key_indent`, end before column `width` where they can (at single spaces between words);
// nullopt when a folded block cannot hold it as it is (line ends, control characters, spaces
// at either end, YAML 1.1 line breaks).
[[nodiscard]] std::optional<std::string> yaml_folded_block(std::string_view text, int key_indent, std::size_t width);

// The value of a key indented by `key_indent` spaces, for text that may span lines: a
// literal block when the text is on several lines and a block can hold it; with `fold_width`,
// a folded block when the line `key: text` would end past that column; otherwise
// yaml_scalar(text, ScalarPlace::block, typing).
[[nodiscard]] std::string yaml_text_value(std::string_view text, int key_indent, std::size_t fold_width = 0,
                                          Typing typing = Typing::text);

} // namespace accords::edit
