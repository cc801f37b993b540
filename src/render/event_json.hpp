#pragma once
// The JSON object of one event, as cli.md defines it.

#include "model/event.hpp"

#include <nlohmann/json.hpp>

namespace accords::render {

// {id, treaty, date, end, precision, type, parties, mediators, title, place, sources, notes,
// tags}, in that order; absent optional values as null or [].
[[nodiscard]] nlohmann::ordered_json event_to_json(const model::Event& event);

} // namespace accords::render
