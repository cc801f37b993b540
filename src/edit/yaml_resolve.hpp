#pragma once
// What common YAML readers take a plain scalar for: the YAML 1.2 core schema (null, booleans,
// integers, floats) and the YAML 1.1 types that 1.1 readers such as PyYAML still resolve
// (yes/no/on/off, octal 012, sexagesimal 1:20, 1_000, timestamps, `<<`, `=`).

#include <string_view>

namespace accords::edit {

// Whether every common YAML reader takes `text`, written as a plain scalar, for text: false
// when a YAML 1.2 core or YAML 1.1 reader may take it for null, a boolean, a number, a
// timestamp or a merge key. Errs on the side of false for long number-like text.
[[nodiscard]] bool plain_reads_as_text(std::string_view text);

} // namespace accords::edit
