#pragma once
// Where something was written: a data file and a position in it.

#include <memory>
#include <string>

namespace accords::model {

// A position in a loaded file; line and column are 1-based (0 when unknown).
struct Location {
  std::shared_ptr<const std::string> path; // the file's display name, shared by everything in it
  int line = 0;
  int column = 0;

  // "path:line:col", the prefix of a diagnostic.
  [[nodiscard]] std::string text() const;
};

} // namespace accords::model
