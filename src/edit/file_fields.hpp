#pragma once
// What a parsed timeline file holds, written out field by field as text, so that two
// readings can be compared whatever lines their texts were on (fmt never changes it).

#include "load/file_content.hpp"

#include <string>
#include <vector>

namespace accords::edit {

// What a file holds as text: a line per field, naming it and giving its value (locations
// left out).
struct FileFields {
  std::vector<std::string> file;   // the fields of its treaty, its default treaty and each entity
  std::vector<std::string> events; // each event's fields, one text per event in file order
  friend bool operator==(const FileFields&, const FileFields&) = default;
};

// The fields of everything `content` holds.
[[nodiscard]] FileFields file_fields(const load::FileContent& content);

// Whether `with_event`, the text of the file `name` once an event was added after its last
// one, holds everything `original` holds unchanged, and that one event more; false when
// either text has errors.
[[nodiscard]] bool holds_the_same_and_one_event_more(const std::string& name, const std::string& original,
                                                     const std::string& with_event);

} // namespace accords::edit
