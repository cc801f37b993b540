#pragma once
// Problems found in timeline data, reported like a compiler's.

#include "model/location.hpp"

#include <string>
#include <vector>

namespace accords::load {

// How bad a problem is: errors make the data invalid, warnings do not.
enum class Severity { error, warning };

// One problem at one place.
struct Diagnostic {
  model::Location where; // file, line and column
  Severity severity = Severity::error;
  std::string message; // one line, no trailing period

  // "path:line:col: error: message".
  [[nodiscard]] std::string text() const;
};

// A list of diagnostics that is added to as loading goes on.
class Diagnostics {
public:
  // Records an error at `where`.
  void error(const model::Location& where, std::string message);
  // Records a warning at `where`.
  void warning(const model::Location& where, std::string message);
  // Appends every diagnostic of `other`.
  void append(const Diagnostics& other);
  // True when at least one error was recorded.
  [[nodiscard]] bool has_errors() const;
  // Every diagnostic, in the order recorded.
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  // The diagnostics sorted by file (in first-seen order), line and column, for printing.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

private:
  std::vector<Diagnostic> items_;
};

} // namespace accords::load
