#pragma once
// The limits on timeline input, in one place (documented in accords-timeline(5), LIMITS).
// Each is far beyond any real timeline (a million events fit with room to spare) and low
// enough that no input can make accords crash, hang or use memory far beyond its size.

#include <cstddef>
#include <string_view>

namespace accords::load::limits {

// Sequences and mappings nested inside each other: a timeline needs 4 levels (the top
// mapping, `events`, an event, `parties`). yaml-cpp itself gives up at 2000 levels.
inline constexpr int max_depth = 64;

// Events in one load, over all files: ten times a million.
inline constexpr std::size_t max_events = 10'000'000;

// Bytes in one line of a file, and in one scalar value. Checked on the raw bytes before
// yaml-cpp parses them, so a 100 MB one-line value is rejected in one fast scan.
inline constexpr std::size_t max_line_bytes = std::size_t{1} << 20;  // 1 MiB
inline constexpr std::size_t max_value_bytes = std::size_t{1} << 20; // 1 MiB
inline constexpr std::string_view max_line_text = "1 MiB";

// Bytes in one file (or standard input), and over all files of one load. A file is read in
// chunks and reading stops past the limit, so a FIFO or /dev/zero cannot exhaust memory.
inline constexpr std::size_t max_file_bytes = std::size_t{1} << 30;  // 1 GiB
inline constexpr std::size_t max_total_bytes = std::size_t{1} << 30; // 1 GiB
inline constexpr std::string_view max_file_text = "1 GiB";

// Diagnostics stored (and so printed) per load: the first ones recorded. Every problem past
// them is still counted, so the exit status and the totals stay right, and the printout
// ends with how many were not listed. A thousand lines is more than anyone reads or fixes in
// one pass, yet real data with one systematic mistake (a bad key in each of a few hundred
// events) is still listed in full. A message is a line of about a hundred bytes (it quotes
// at most a value the input holds too), so the stored ones take some 100 KB, and a file
// with a million problems costs no more memory or output than one with a thousand.
inline constexpr std::size_t max_diagnostics = 1000;

} // namespace accords::load::limits
