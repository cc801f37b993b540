#pragma once
// UTF-8 validation, terminal display width and case folding, through utf8proc.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::util {

// Where the first invalid UTF-8 sequence of a text is.
struct Utf8Error {
  std::size_t offset; // byte offset of the first bad byte
  std::size_t line;   // 1-based line of that byte
  std::size_t column; // 1-based column (in code points) of that byte
};

// True when the whole text is valid UTF-8; otherwise fills `error` (if given).
[[nodiscard]] bool valid_utf8(std::string_view text, Utf8Error* error = nullptr);
// Whether the code point is a control character that timeline text may not hold: a C0
// control but tab, line feed and carriage return; DEL; a C1 control but NEL (U+0085, which
// YAML counts among its line breaks).
[[nodiscard]] constexpr bool is_disallowed_control(char32_t codepoint) {
  return (codepoint < 0x20 && codepoint != '\t' && codepoint != '\n' && codepoint != '\r') ||
         (codepoint >= 0x7F && codepoint <= 0x9F && codepoint != 0x85);
}
// The offset of the first character of the text for which is_disallowed_control holds, or
// npos when there is none. The text is UTF-8 (a C1 control is the bytes 0xC2 0x80-0x9F).
[[nodiscard]] std::size_t first_disallowed_control(std::string_view text);
// The code point of the control character first_disallowed_control found at `offset`.
[[nodiscard]] char32_t control_at(std::string_view text, std::size_t offset);
// What replaces a code point in replace_code_points: a text, or nullopt to keep it.
using CodePointReplacement = std::optional<std::string_view> (*)(char32_t codepoint);
// The text with each code point for which `replacement` gives a text replaced by that text,
// and each byte that does not begin a valid UTF-8 sequence by U+FFFD.
[[nodiscard]] std::string replace_code_points(std::string_view text, CodePointReplacement replacement);
// The text with each byte that does not begin a valid UTF-8 sequence taken as the Latin-1 code
// point of the same value and written in UTF-8 (0xA0 becomes U+00A0, "\xC2\xA0").
[[nodiscard]] std::string latin1_bytes_as_utf8(std::string_view text);
// The number of terminal columns the (valid UTF-8) text takes: wide East Asian
// characters count two, combining marks and control characters none.
[[nodiscard]] std::size_t display_width(std::string_view text);
// The text with Unicode case folding (and NFC), so that "ÅLAND" and "Åland" fold alike as
// "ALAND" and "aland" do; text that is not valid UTF-8 is only ASCII-lowered.
[[nodiscard]] std::string fold_case(std::string_view text);
// A name folded for comparison, so that people find it however they type it: case folded,
// accents stripped ("Türkiye" and "turkiye" fold alike), apostrophes and full stops dropped
// ("U.S." is "us", "Cote d’Ivoire" is "cote divoire"), any other run of punctuation or space
// one space, trimmed, and a leading "the " dropped. Invalid UTF-8 folds its ASCII only.
[[nodiscard]] std::string fold_name(std::string_view text);
// The text broken at its spaces into lines of at most `columns` display columns; a word wider
// than that keeps a line of its own, and runs of spaces inside a line are kept.
[[nodiscard]] std::vector<std::string> wrap_words(std::string_view text, std::size_t columns);
// The longest prefix of the text, cut at a character boundary, that fits in `width` columns,
// with "…" appended when anything was cut (the ellipsis counts in the width).
[[nodiscard]] std::string truncate_to_width(std::string_view text, std::size_t width);

} // namespace accords::util
