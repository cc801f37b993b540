#pragma once
// A treaty (or any framework events are grouped under), as defined in a timeline file.

#include "model/location.hpp"

#include <optional>
#include <string>
#include <vector>

namespace accords::model {

// A treaty definition.
struct Treaty {
  std::string id;                     // [a-z0-9][a-z0-9-]*, unique across everything loaded
  std::string name;                   // human name, e.g. "Abraham Accords"
  std::optional<std::string> summary; // a paragraph, if given
  std::optional<std::string> url;     // a reference address, if given
  std::vector<std::string> aliases;   // other names --treaty accepts
  Location defined_at;                // where the `treaty:` mapping is
};

} // namespace accords::model
