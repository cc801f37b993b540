#pragma once
// Problems found in timeline data, reported like a compiler's.

#include "model/location.hpp"

#include <memory>
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
  // Appends every diagnostic of `other` (and the files it registered).
  void append(const Diagnostics& other);
  // Registers a file in load order, so that sorted() lists it in that place even when its
  // first diagnostic is recorded after those of later files.
  void add_file(const std::shared_ptr<const std::string>& path);
  // True when at least one error was recorded.
  [[nodiscard]] bool has_errors() const;
  // Every diagnostic, in the order recorded.
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  // The diagnostics sorted by file (registered files in load order, then any other file in
  // first-seen order), line and column, for printing; ties keep the order recorded.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

private:
  std::vector<Diagnostic> items_;
  std::vector<std::shared_ptr<const std::string>> files_; // registered by add_file()
};

} // namespace accords::load
