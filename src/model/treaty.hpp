#pragma once
// A treaty (or any framework events are grouped under), as defined in a timeline file.

#include "model/location.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accords::model {

// How a state joins a treaty.
enum class JoinedBy : std::uint8_t {
  signature, // signing makes a party (declarations; every schema 1 treaty)
  consent,   // signing makes a signatory; ratification and the like, then entry into force, a party
};

// The name as written in files: "signature" or "consent".
[[nodiscard]] constexpr std::string_view joined_by_name(JoinedBy joined_by) {
  return joined_by == JoinedBy::signature ? "signature" : "consent";
}

// A treaty definition.
struct Treaty {
  std::string id;                           // [a-z0-9][a-z0-9-]*, unique across everything loaded
  std::string name;                         // human name, e.g. "Abraham Accords"
  std::optional<std::string> summary;       // a paragraph, if given
  std::optional<std::string> url;           // a reference address, if given
  std::vector<std::string> aliases;         // other names --treaty accepts
  JoinedBy joined_by = JoinedBy::signature; // `joined-by`; consent when a schema 2 file leaves it out
  Location defined_at;                      // where the `treaty:` mapping is
};

} // namespace accords::model
