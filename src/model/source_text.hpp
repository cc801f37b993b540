#pragma once
// How an event's source is written (accords-timeline(5)): a full web address, or, where there
// is none, a citation "Publisher, "Title", DATE".

#include <string>
#include <string_view>

namespace accords::model {

// True when `source` is an absolute http or https address: the scheme, "://", a host, and no
// blank or control character anywhere.
[[nodiscard]] bool is_web_address(std::string_view source);

// True when `source` is a citation: a publisher, a title in double quotes and a date
// (YYYY, YYYY-MM or YYYY-MM-DD), separated by ", ", e.g. Reuters, "Title", 2025-08-01.
[[nodiscard]] bool is_citation(std::string_view source);

// What is wrong with `source` as a source ("" when nothing is): cut short with an ellipsis,
// or neither a web address nor a citation.
[[nodiscard]] std::string source_problem(std::string_view source);

} // namespace accords::model
