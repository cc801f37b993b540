#pragma once
// Problems found in timeline data, reported like a compiler's.

#include "model/location.hpp"

#include <cstddef>
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

// A list of diagnostics that is added to as loading goes on. It stores the first
// limits::max_diagnostics recorded and counts every one, so that no input, however broken,
// makes it hold more than that; the counts say how many more there were.
class Diagnostics {
public:
  // Records an error at `where` (stored while there is room, always counted).
  void error(const model::Location& where, std::string message);
  // Records a warning at `where` (stored while there is room, always counted).
  void warning(const model::Location& where, std::string message);
  // Appends the stored diagnostics of `other` while there is room, adds its counts (those
  // it did not store included) and registers its files.
  void append(const Diagnostics& other);
  // Registers a file in load order, so that sorted() lists it in that place even when its
  // first diagnostic is recorded after those of later files.
  void add_file(const std::shared_ptr<const std::string>& path);
  // True when at least one error was recorded, stored or not.
  [[nodiscard]] bool has_errors() const { return errors_ > 0; }
  // Every error recorded, stored or not.
  [[nodiscard]] std::size_t error_count() const { return errors_; }
  // Every warning recorded, stored or not.
  [[nodiscard]] std::size_t warning_count() const { return warnings_; }
  // How many diagnostics were recorded but not stored, for want of room.
  [[nodiscard]] std::size_t not_stored() const { return errors_ + warnings_ - items_.size(); }
  // The stored diagnostics, in the order recorded.
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  // The stored diagnostics sorted by file (registered files in load order, then any other
  // file in first-seen order), line and column, for printing; ties keep the order recorded.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

private:
  // Stores `diagnostic` if there is room; the caller counts it.
  void store(Diagnostic diagnostic);

  std::vector<Diagnostic> items_;                         // the first ones recorded
  std::size_t errors_ = 0;                                // every error recorded
  std::size_t warnings_ = 0;                              // every warning recorded
  std::vector<std::shared_ptr<const std::string>> files_; // registered by add_file()
};

} // namespace accords::load
