#include "edit/csv_reader.hpp"

#include <cstddef>

namespace accords::edit {
namespace {

// Walks the text one byte at a time, counting lines and columns.
class Cursor {
public:
  explicit Cursor(std::string_view text) : text_(text) {}
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek(std::size_t ahead = 0) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
  }
  [[nodiscard]] bool at_line_end() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }
  void skip_line_end() {
    at_ += peek() == '\r' ? std::size_t{2} : std::size_t{1};
    ++line_;
    column_ = 1;
  }
  char take() {
    const char c = text_[at_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    return c;
  }
  [[nodiscard]] int line() const { return line_; }
  [[nodiscard]] int column() const { return column_; }

private:
  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
  int column_ = 1;
};

// Reads one quoted field, the cursor on its opening quote; false (with `error`) on a problem.
bool read_quoted(Cursor& cursor, CsvCell& cell, std::optional<CsvError>& error) {
  cursor.take();
  while (true) {
    if (cursor.done()) {
      error = CsvError{cell.line, cell.column, "the quoted field that starts here is never closed"};
      return false;
    }
    const char c = cursor.take();
    if (c != '"') {
      cell.text += c;
    } else if (cursor.peek() == '"') {
      cell.text += cursor.take();
    } else {
      break;
    }
  }
  if (!cursor.done() && cursor.peek() != ',' && !cursor.at_line_end()) {
    error = CsvError{cursor.line(), cursor.column(),
                     "text after the closing quote of a field: a quote inside a quoted field is written twice (\"\")"};
    return false;
  }
  return true;
}

// Reads one unquoted field; false (with `error`) when it holds a quote.
bool read_plain(Cursor& cursor, CsvCell& cell, std::optional<CsvError>& error) {
  while (!cursor.done() && cursor.peek() != ',' && !cursor.at_line_end()) {
    if (cursor.peek() == '"') {
      error = CsvError{cursor.line(), cursor.column(),
                       "a quote inside a field that does not start with one: quote the whole field and write the "
                       "quote twice (\"\")"};
      return false;
    }
    cell.text += cursor.take();
  }
  return true;
}

} // namespace

CsvTable read_csv(std::string_view text) {
  CsvTable table;
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3); // a byte order mark: columns count from after it
  }
  Cursor cursor(text);
  while (!cursor.done()) {
    CsvRow row;
    while (true) {
      CsvCell cell;
      cell.line = cursor.line();
      cell.column = cursor.column();
      const bool read =
          cursor.peek() == '"' ? read_quoted(cursor, cell, table.error) : read_plain(cursor, cell, table.error);
      if (!read) {
        return table;
      }
      row.push_back(std::move(cell));
      if (cursor.peek() != ',') {
        break;
      }
      cursor.take();
    }
    if (!cursor.done()) {
      cursor.skip_line_end();
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

} // namespace accords::edit
