#include "model/location.hpp"

#include <fmt/format.h>

namespace accords::model {

std::string Location::text() const { return fmt::format("{}:{}:{}", path ? *path : std::string("-"), line, column); }

} // namespace accords::model
