#pragma once
// Command-line flags parsed into plain structs, before any validation.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::cli {

// The values --color accepts, as its check and the completion scripts know them.
inline constexpr std::array<std::string_view, 3> color_choices{"auto", "always", "never"};

// Options every command accepts (cli.md "Global options").
struct GlobalOptions {
  std::vector<std::string> data;    // --data PATH, repeatable; "-" is standard input
  std::string color = "auto";       // --color auto|always|never
  std::optional<std::string> today; // --today DATE (else ACCORDS_TODAY, else the clock)
  bool version = false;             // --version
  bool no_cache = false;            // --no-cache: parse every file, neither reading nor writing the cache
  bool no_pager = false;            // --no-pager: never send standard output through a pager
};

// The filters of list, report and chart, as written.
struct FilterOptions {
  std::optional<std::string> since;   // --since DATE
  std::optional<std::string> until;   // --until DATE
  std::optional<std::string> on;      // --on DATE
  std::vector<std::string> countries; // -c/--country, repeatable
  std::vector<std::string> types;     // -t/--type, repeatable
  std::vector<std::string> treaties;  // -T/--treaty, repeatable
  std::optional<std::string> grep;    // -g/--grep TEXT
  std::vector<std::string> tags;      // --tag, repeatable
};

// Options of `list`.
struct ListOptions {
  FilterOptions filter;
  std::optional<std::string> format; // --format; default: table on a terminal, tsv otherwise
  std::optional<std::string> fields; // --fields a,b,...
  bool no_header = false;            // --no-header
  bool header = false;               // --header (tsv only: print a header line)
  bool reverse = false;              // -r/--reverse
  std::optional<std::size_t> limit;  // -n/--limit N
};

} // namespace accords::cli
