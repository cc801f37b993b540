#pragma once
// What a parsed timeline file holds, written out field by field as text, so that two
// readings can be compared whatever lines their texts were on (fmt never changes it).

#include "load/file_content.hpp"

#include <string>
#include <vector>

namespace accords::edit {

// One line per field of the file's treaty, its default treaty, each entity and each event
// (in file order), naming the field and giving its value; locations are left out.
[[nodiscard]] std::vector<std::string> file_fields(const load::FileContent& content);

// The lines of file_fields for each event alone, in file order.
[[nodiscard]] std::vector<std::string> event_fields_text(const load::FileContent& content);

} // namespace accords::edit
