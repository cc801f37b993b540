#pragma once
// Reading CSV (RFC 4180: fields separated by commas, rows by CRLF or LF, a field in double
// quotes may hold commas, line ends and doubled quotes), keeping where each field starts.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::edit {

// One field of a row and where its first character is in the text (1-based).
struct CsvCell {
  std::string text; // unquoted
  int line = 0;
  int column = 0; // in bytes
};

// One row: its fields, in order.
using CsvRow = std::vector<CsvCell>;

// A problem that stops the reading, and where it is.
struct CsvError {
  int line = 0;
  int column = 0;
  std::string message;
};

// The rows of `text`, or the first problem: a quote inside an unquoted field, text after a
// closing quote, a quoted field left open at the end. A last line end is optional; empty
// lines between rows are rows of one empty field, except at the very end. A UTF-8 byte order
// mark at the start (Excel's "CSV UTF-8") is skipped, and columns on the first line count
// from the byte after it.
struct CsvTable {
  std::vector<CsvRow> rows;
  std::optional<CsvError> error;
};
[[nodiscard]] CsvTable read_csv(std::string_view text);

} // namespace accords::edit
